/* opl-practice-setup-page-private.h: the form's fields, for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-practice-setup-page.h"

G_BEGIN_DECLS

GtkEditable *opl_practice_setup_page_get_practice_entry      (OplPracticeSetupPage *self);
GtkEditable *opl_practice_setup_page_get_hoofdopleider_entry (OplPracticeSetupPage *self);
GtkEditable *opl_practice_setup_page_get_duo_opleider_entry  (OplPracticeSetupPage *self);
GtkEditable *opl_practice_setup_page_get_aios_entry          (OplPracticeSetupPage *self);
AdwComboRow *opl_practice_setup_page_get_phase_row           (OplPracticeSetupPage *self);
GtkSpinButton *opl_practice_setup_page_get_parttime_spin     (OplPracticeSetupPage *self);

G_END_DECLS
