/* opl-form-private.h: how the store builds and updates an OplForm.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-form.h"

G_BEGIN_DECLS

OplForm  *opl_form_new              (const char         *id,
                                     OplFormDefinition  *definition,
                                     const char         *traject_id,
                                     const char         *subject_id,
                                     const char         *author_id,
                                     OplFormRole         author_role,
                                     int                 moment_month,
                                     const GDate        *date) G_GNUC_WARN_UNUSED_RESULT;
void      opl_form_set_state        (OplForm            *self,
                                     OplFormState        state,
                                     const GDate        *finalized_on,
                                     const GDate        *discussed_on);
void      opl_form_set_shared       (OplForm            *self,
                                     gboolean            shared);
void      opl_form_set_chain        (OplForm            *self,
                                     const char         *supersedes,
                                     const char         *superseded_by,
                                     int                 version_number);
void      opl_form_set_changed_at   (OplForm            *self,
                                     const char         *changed_at);
void      opl_form_put_answer       (OplForm            *self,
                                     const char         *item_id,
                                     const char         *value,
                                     const char         *note);
void      opl_form_set_n_answered   (OplForm            *self,
                                     guint               n_answered);
void      opl_form_clear_answers    (OplForm            *self);
void      opl_form_redact           (OplForm            *self);

G_END_DECLS
