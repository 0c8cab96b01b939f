/* opl-store-scholing.h: the store's part for the opleider's scholing and quality cycle.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-institute.h"
#include "opl-scholing.h"
#include "opl-scholing-history.h"
#include "opl-scholing-report.h"
#include "opl-store.h"
#include "opl-store-institute.h"

G_BEGIN_DECLS

GPtrArray         *opl_store_list_scholing        (OplStore               *self,
                                                   const char             *person_id,
                                                   GError                **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean           opl_store_save_scholing_day    (OplStore               *self,
                                                   const OplScholingRules *rules,
                                                   OplScholingDay         *day,
                                                   GError                **error);
gboolean           opl_store_overwrite_scholing_day (OplStore             *self,
                                                     const OplScholingRules *rules,
                                                     OplScholingDay       *day,
                                                     GError              **error);
OplScholingDay    *opl_store_get_scholing_day     (OplStore               *self,
                                                   const char             *day_id,
                                                   GError                **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean           opl_store_delete_scholing_day  (OplStore               *self,
                                                   const char             *day_id,
                                                   GError                **error);

gboolean           opl_store_set_dispensation     (OplStore               *self,
                                                   const char             *person_id,
                                                   int                     year,
                                                   double                  days,
                                                   const char             *reason,
                                                   GError                **error);
gboolean           opl_store_get_dispensation     (OplStore               *self,
                                                   const char             *person_id,
                                                   int                     year,
                                                   double                 *days,
                                                   char                  **reason,
                                                   GError                **error);

gboolean           opl_store_set_opleider_since   (OplStore               *self,
                                                   const char             *person_id,
                                                   int                     year,
                                                   GError                **error);
gboolean           opl_store_get_opleider_since   (OplStore               *self,
                                                   const char             *person_id,
                                                   int                    *year,
                                                   GError                **error);

GPtrArray         *opl_store_list_leerpunten      (OplStore               *self,
                                                   const char             *person_id,
                                                   int                     year,
                                                   GError                **error) G_GNUC_WARN_UNUSED_RESULT;
char              *opl_store_add_leerpunt         (OplStore               *self,
                                                   const char             *person_id,
                                                   int                     year,
                                                   const char             *text,
                                                   GError                **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean           opl_store_update_leerpunt      (OplStore               *self,
                                                   const char             *leerpunt_id,
                                                   const char             *changed_at,
                                                   const char             *text,
                                                   gboolean                achieved,
                                                   GError                **error);
gboolean           opl_store_overwrite_leerpunt   (OplStore               *self,
                                                   const char             *leerpunt_id,
                                                   const char             *text,
                                                   gboolean                achieved,
                                                   GError                **error);
gboolean           opl_store_delete_leerpunt      (OplStore               *self,
                                                   const char             *leerpunt_id,
                                                   GError                **error);

char              *opl_store_add_hao_gesprek      (OplStore               *self,
                                                   const char             *person_id,
                                                   const GDate            *date,
                                                   const char             *note,
                                                   GError                **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean           opl_store_delete_hao_gesprek   (OplStore               *self,
                                                   const char             *gesprek_id,
                                                   GError                **error);
GArray            *opl_store_list_hao_gesprekken  (OplStore               *self,
                                                   const char             *person_id,
                                                   GError                **error) G_GNUC_WARN_UNUSED_RESULT;

OplScholingReport *opl_store_get_scholing_report  (OplStore               *self,
                                                   OplInstitute           *institute,
                                                   const char             *person_id,
                                                   int                     year,
                                                   const GDate            *today,
                                                   GError                **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
