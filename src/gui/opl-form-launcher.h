/* opl-form-launcher.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-store-forms.h"

G_BEGIN_DECLS

/**
 * OplMomentFormState:
 * @OPL_MOMENT_FORM_NONE: the moment has no form for this person
 * @OPL_MOMENT_FORM_TO_FILL: nobody started it
 * @OPL_MOMENT_FORM_TO_CONTINUE: the person's own draft
 * @OPL_MOMENT_FORM_TO_READ: a form to open and read (final, discussed, another's draft)
 * @OPL_MOMENT_FORM_PENDING: another's private form, not shared yet
 */
typedef enum
{
  OPL_MOMENT_FORM_NONE,
  OPL_MOMENT_FORM_TO_FILL,
  OPL_MOMENT_FORM_TO_CONTINUE,
  OPL_MOMENT_FORM_TO_READ,
  OPL_MOMENT_FORM_PENDING,
} OplMomentFormState;

gboolean           opl_form_kind_for_moment       (OplMomentKind   moment_kind,
                                                   OplFormKind    *kind);
OplMomentFormState opl_form_launcher_get_state    (OplStore       *store,
                                                   OplPerson      *person,
                                                   OplTraject     *traject,
                                                   OplFormKind     kind,
                                                   int             month,
                                                   const char     *subject_id);
OplForm           *opl_form_launcher_find_or_create (OplStore     *store,
                                                     OplPerson    *person,
                                                     OplTraject   *traject,
                                                     OplFormKind   kind,
                                                     int           month,
                                                     const char   *subject_id,
                                                     GError      **error) G_GNUC_WARN_UNUSED_RESULT;
GtkWidget         *opl_form_launcher_present      (GtkWidget      *parent,
                                                   OplStore       *store,
                                                   OplPerson      *person,
                                                   OplTraject     *traject,
                                                   OplForm        *form);
GtkWidget         *opl_form_launcher_open_moment  (GtkWidget      *parent,
                                                   OplStore       *store,
                                                   OplPerson      *person,
                                                   const char     *traject_id,
                                                   OplFormKind     kind,
                                                   int             month,
                                                   const char     *subject_id,
                                                   GError        **error);
GtkWidget         *opl_form_launcher_create_button (OplStore      *store,
                                                    OplPerson     *person,
                                                    OplTraject    *traject,
                                                    const OplMoment *moment,
                                                    const char    *subject_id);

GtkWidget         *opl_form_launcher_create_moment_widget (OplStore        *store,
                                                           OplPerson       *person,
                                                           OplTraject      *traject,
                                                           const OplMoment *moment);

G_END_DECLS
