/* opl-person.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "opl-enums.h"

G_BEGIN_DECLS

#define OPL_TYPE_PERSON (opl_person_get_type ())

G_DECLARE_FINAL_TYPE (OplPerson, opl_person, OPL, PERSON, GObject)

OplPerson  *opl_person_new             (const char *id,
                                        const char *name,
                                        OplRole     role) G_GNUC_WARN_UNUSED_RESULT;

const char *opl_person_get_id          (OplPerson  *self);
const char *opl_person_get_name        (OplPerson  *self);
void        opl_person_set_name        (OplPerson  *self,
                                        const char *name);
OplRole     opl_person_get_role        (OplPerson  *self);
const char *opl_person_get_role_label  (OplPerson  *self);
gboolean    opl_person_is_opleider     (OplPerson  *self);
int         opl_person_get_opleider_since (OplPerson *self);
void        opl_person_set_opleider_since (OplPerson *self,
                                           int        year);
gboolean    opl_person_is_archived     (OplPerson  *self);
void        opl_person_set_archived    (OplPerson  *self,
                                        gboolean    archived);
const char *opl_person_get_changed_at  (OplPerson  *self);
void        opl_person_set_changed_at  (OplPerson  *self,
                                        const char *changed_at);

G_END_DECLS
