/* opl-store-moment-forms.c: the forms each due moment expects, and which are done.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A moment of a traject's schedule expects forms by role (the ComBel by the aios, the
 * opleider and the docent; a LEOh about each opleider; ...): its slots, filled or not,
 * newest final version first. A moment is done when all of its forms are final (and
 * shared where private). The ComBel of months 3, 6 and 9 side by side comes from here
 * too (opl-store-forms.h).
 */

#define G_LOG_DOMAIN "opl-store"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-date.h"
#include "opl-form-private.h"
#include "opl-store-private.h"

void
opl_form_slot_clear (OplFormSlot *slot)
{
  g_clear_pointer (&slot->author_id, g_free);
  g_clear_pointer (&slot->subject_id, g_free);
  g_clear_object (&slot->form);
}

static OplForm *
find_form (GPtrArray  *forms,
           const char *id)
{
  for (guint i = 0; id != NULL && i < forms->len; i++)
    {
      if (g_str_equal (opl_form_get_id (g_ptr_array_index (forms, i)), id))
        return g_ptr_array_index (forms, i);
    }

  return NULL;
}

/* A chain of versions counts as done when a version is final and, for a private
 * form, a version is shared. @forms holds every version of the moment's forms. */
static gboolean
chain_done (GPtrArray *forms,
            OplForm   *newest)
{
  gboolean final = FALSE, shared = FALSE;

  for (OplForm *form = newest; form != NULL; form = find_form (forms, opl_form_get_supersedes (form)))
    {
      final |= opl_form_is_final (form);
      shared |= opl_form_is_shared (form);
    }

  return final && (!opl_form_is_private (newest) || shared);
}

/* The newest version of a chain that is final, or %NULL. */
static OplForm *
newest_final (GPtrArray *forms,
              OplForm   *newest)
{
  for (OplForm *form = newest; form != NULL; form = find_form (forms, opl_form_get_supersedes (form)))
    {
      if (opl_form_is_final (form))
        return form;
    }

  return NULL;
}

static void
add_slot (GArray      *slots,
          OplFormKind  kind,
          OplFormRole  role,
          const char  *author_id,
          const char  *subject_id)
{
  OplFormSlot slot = {
    .kind = kind,
    .author_role = role,
    .author_id = g_strdup (author_id),
    .subject_id = g_strdup (subject_id),
  };

  g_array_append_val (slots, slot);
}

/* The forms a moment of @kind expects in @traject (opl-store-forms.h), unfilled. */
static GArray *
expected_slots (OplTraject  *traject,
                OplFormKind  kind)
{
  GArray *slots = g_array_new (FALSE, TRUE, sizeof (OplFormSlot));
  const char *aios = opl_traject_get_aios_id (traject);

  g_array_set_clear_func (slots, (GDestroyNotify) opl_form_slot_clear);

  switch (kind)
    {
    case OPL_FORM_KIND_COMBEL:
      /* domain.md 'ComBel': filled by the aios (self) and the opleider; the docent's is
       * the institute's and not expected here. */
      add_slot (slots, kind, OPL_FORM_ROLE_AIOS, aios, aios);
      add_slot (slots, kind, OPL_FORM_ROLE_OPLEIDER, NULL, aios);
      break;

    case OPL_FORM_KIND_LEOH:
      /* domain.md 'Roles': an aios trained by a duo fills one LEOh for each opleider. */
      for (guint i = 0; i < opl_traject_get_n_opleiders (traject); i++)
        add_slot (slots, kind, OPL_FORM_ROLE_AIOS, aios, opl_traject_get_opleider (traject, i)->person_id);
      break;

    case OPL_FORM_KIND_VOORTGANGSADVIES:
    case OPL_FORM_KIND_DIENSTENRAPPORTAGE:
      add_slot (slots, kind, OPL_FORM_ROLE_OPLEIDER, NULL, aios);
      break;

    case OPL_FORM_KIND_KPB:
    case OPL_FORM_KIND_KVB:
    default:
      break;
    }

  return slots;
}

static guint
count_expected (OplTraject  *traject,
                OplFormKind  kind)
{
  g_autoptr(GArray) slots = expected_slots (traject, kind);

  return slots->len;
}

static gboolean
slot_matches (const OplFormSlot *slot,
              OplForm           *form)
{
  return slot->form == NULL &&
         slot->author_role == opl_form_get_author_role (form) &&
         g_strcmp0 (slot->subject_id, opl_form_get_subject_id (form)) == 0 &&
         (slot->author_id == NULL || g_strcmp0 (slot->author_id, opl_form_get_author_id (form)) == 0);
}

/* Fills the expected slots of a moment with its newest forms, adding slots for
 * forms nobody expected (the docent's ComBel, an opleider's LEOh self-evaluation).
 * @forms holds every version of the moment's forms, unredacted. */
static GArray *
fill_slots (OplTraject  *traject,
            OplFormKind  kind,
            GPtrArray   *forms)
{
  g_autoptr(GArray) slots = expected_slots (traject, kind);

  for (guint i = 0; i < forms->len; i++)
    {
      OplForm *form = g_ptr_array_index (forms, i);
      OplFormSlot *slot = NULL;

      if (opl_form_get_superseded_by (form) != NULL)
        continue;

      for (guint s = 0; s < slots->len && slot == NULL; s++)
        {
          if (slot_matches (&g_array_index (slots, OplFormSlot, s), form))
            slot = &g_array_index (slots, OplFormSlot, s);
        }

      if (slot == NULL)
        {
          add_slot (slots, kind, opl_form_get_author_role (form), opl_form_get_author_id (form),
                    opl_form_get_subject_id (form));
          slot = &g_array_index (slots, OplFormSlot, slots->len - 1);
        }

      slot->form = g_object_ref (form);
      slot->done = chain_done (forms, form);
    }

  return g_steal_pointer (&slots);
}

static GPtrArray *
moment_forms (OplStore     *self,
              OplTraject   *traject,
              OplFormKind   kind,
              int           month,
              gboolean      with_answers,
              GError      **error)
{
  OplFormQuery query = OPL_FORM_QUERY_INIT;

  query.traject_id = opl_traject_get_id (traject);
  query.kind = kind;
  query.moment_month = month;
  query.include_superseded = TRUE;
  query.with_answers = with_answers;
  return opl_store_query_forms (self, &query, error);
}

/**
 * opl_store_get_moment_forms:
 * @moment_month: the training month of the moment
 * @viewer_id: (nullable): the profile looking
 *
 * See opl-store-forms.h.
 *
 * Returns: (transfer full) (element-type OplFormSlot): the slots, the expected ones
 *   first, or %NULL with @error set
 */
GArray *
opl_store_get_moment_forms (OplStore     *self,
                            OplTraject   *traject,
                            OplFormKind   kind,
                            int           moment_month,
                            const char   *viewer_id,
                            GError      **error)
{
  g_autoptr(GPtrArray) forms = NULL;
  GArray *slots;
  OplMomentKind moment_kind;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (OPL_IS_TRAJECT (traject), NULL);

  if (!opl_store_moment_kind_for_form (kind, &moment_kind) || moment_month <= 0)
    {
      opl_store_form_error (error, OPL_FORM_ERROR_INVALID, _("This form has no moments in the schedule"));
      return NULL;
    }

  forms = moment_forms (self, traject, kind, moment_month, FALSE, error);
  if (forms == NULL)
    return NULL;

  slots = fill_slots (traject, kind, forms);
  for (guint i = 0; i < slots->len; i++)
    {
      OplFormSlot *slot = &g_array_index (slots, OplFormSlot, i);

      if (slot->form != NULL && !opl_store_may_see_form (self, slot->form, viewer_id))
        opl_form_redact (slot->form);
    }

  return slots;
}

gboolean
opl_store_add_form_moments_done (OplStore     *self,
                                 OplTraject   *traject,
                                 GHashTable   *done,
                                 GError      **error)
{
  g_autoptr(GPtrArray) forms = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  OplFormQuery query = OPL_FORM_QUERY_INIT;

  query.traject_id = opl_traject_get_id (traject);
  query.include_superseded = TRUE;
  forms = opl_store_query_forms (self, &query, error);
  if (forms == NULL)
    return FALSE;

  for (guint i = 0; i < forms->len; i++)
    {
      OplForm *form = g_ptr_array_index (forms, i);
      OplFormKind kind = opl_form_get_kind (form);
      int month = opl_form_get_moment_month (form);
      g_autoptr(GPtrArray) moment = NULL;
      g_autoptr(GArray) slots = NULL;
      gboolean all_done = TRUE;
      OplMomentKind moment_kind;
      guint n_expected;
      char *key;

      if (month == 0 || !opl_store_moment_kind_for_form (kind, &moment_kind))
        continue;

      key = g_strdup_printf ("%s:%d", opl_moment_kind_to_string (moment_kind), month);
      if (!g_hash_table_add (seen, key))
        continue;

      moment = g_ptr_array_new ();
      for (guint j = 0; j < forms->len; j++)
        {
          OplForm *other = g_ptr_array_index (forms, j);

          if (opl_form_get_kind (other) == kind && opl_form_get_moment_month (other) == month)
            g_ptr_array_add (moment, other);
        }

      /* Only the expected forms decide (they come first); an extra one, such as the
       * docent's ComBel, does not hold the moment up. */
      n_expected = count_expected (traject, kind);
      slots = fill_slots (traject, kind, moment);
      for (guint s = 0; s < n_expected; s++)
        all_done &= g_array_index (slots, OplFormSlot, s).done;

      if (all_done && n_expected > 0)
        g_hash_table_add (done, g_strdup (key));
    }

  return TRUE;
}

static gint
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

/* The newest final version of the slot's form, loaded with its answers for
 * @viewer_id, or %NULL with @error set. */
static OplForm *
load_final_of_slot (OplStore           *self,
                    GPtrArray          *forms,
                    const OplFormSlot  *slot,
                    const char         *viewer_id,
                    const char         *missing,
                    GError            **error)
{
  OplForm *final = slot->form != NULL ? newest_final (forms, slot->form) : NULL;
  OplForm *form;

  if (final == NULL)
    {
      opl_store_form_error (error, OPL_FORM_ERROR_NOT_FOUND, missing);
      return NULL;
    }

  form = opl_store_load_form (self, opl_form_get_id (final), viewer_id, error);
  if (form != NULL && opl_form_is_redacted (form))
    {
      g_object_unref (form);
      opl_store_form_error (error, OPL_FORM_ERROR_NOT_ALLOWED, _("The aios has not shared the self-assessment yet"));
      return NULL;
    }

  return form;
}

/**
 * opl_store_compare_combel:
 * @moment_month: the ComBel moment (3, 6, 9)
 * @viewer_id: (nullable): the profile looking
 * @self_assessment: (out) (transfer full) (optional): the aios's form
 * @assessment: (out) (transfer full) (optional): the opleider's form
 *
 * See opl-store-forms.h.
 *
 * Returns: (transfer full) (element-type OplCompareRow): the rows, or %NULL with
 *   @error set
 */
GArray *
opl_store_compare_combel (OplStore     *self,
                          OplTraject   *traject,
                          int           moment_month,
                          const char   *viewer_id,
                          OplForm     **self_assessment,
                          OplForm     **assessment,
                          GError      **error)
{
  g_autoptr(GPtrArray) forms = NULL;
  g_autoptr(GArray) slots = NULL;
  g_autoptr(OplForm) left = NULL;
  g_autoptr(OplForm) right = NULL;
  GArray *rows;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (OPL_IS_TRAJECT (traject), NULL);

  forms = moment_forms (self, traject, OPL_FORM_KIND_COMBEL, moment_month, FALSE, error);
  if (forms == NULL)
    return NULL;

  /* The first two slots are the aios's and the opleider's (expected_slots()). */
  slots = fill_slots (traject, OPL_FORM_KIND_COMBEL, forms);
  left = load_final_of_slot (self, forms, &g_array_index (slots, OplFormSlot, 0), viewer_id,
                             _("The aios’s self-assessment of this ComBel is not final yet"), error);
  if (left == NULL)
    return NULL;

  right = load_final_of_slot (self, forms, &g_array_index (slots, OplFormSlot, 1), viewer_id,
                              _("The opleider’s assessment of this ComBel is not final yet"), error);
  if (right == NULL)
    return NULL;

  rows = opl_form_compare (left, right, error);
  if (rows == NULL)
    return NULL;

  if (self_assessment != NULL)
    *self_assessment = g_steal_pointer (&left);
  if (assessment != NULL)
    *assessment = g_steal_pointer (&right);
  return rows;
}

/**
 * opl_store_list_combel_series:
 * @author_role: %OPL_FORM_ROLE_AIOS for the self-assessments, %OPL_FORM_ROLE_OPLEIDER
 *   for the opleider's
 * @viewer_id: (nullable): the profile looking
 *
 * See opl-store-forms.h.
 *
 * Returns: (transfer full) (element-type OplForm): the forms, or %NULL with @error set
 */
GPtrArray *
opl_store_list_combel_series (OplStore     *self,
                              OplTraject   *traject,
                              OplFormRole   author_role,
                              const char   *viewer_id,
                              GError      **error)
{
  g_autoptr(GPtrArray) series = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) forms = NULL;
  g_autoptr(GArray) months = g_array_new (FALSE, FALSE, sizeof (int));
  OplFormQuery query = OPL_FORM_QUERY_INIT;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (OPL_IS_TRAJECT (traject), NULL);

  query.traject_id = opl_traject_get_id (traject);
  query.kind = OPL_FORM_KIND_COMBEL;
  query.include_superseded = TRUE;
  forms = opl_store_query_forms (self, &query, error);
  if (forms == NULL)
    return NULL;

  for (guint i = 0; i < forms->len; i++)
    {
      int month = opl_form_get_moment_month (g_ptr_array_index (forms, i));
      gboolean known = FALSE;

      for (guint m = 0; m < months->len; m++)
        known |= g_array_index (months, int, m) == month;
      if (month > 0 && !known)
        g_array_append_val (months, month);
    }
  g_array_sort (months, compare_ints);

  for (guint m = 0; m < months->len; m++)
    {
      for (guint i = 0; i < forms->len; i++)
        {
          OplForm *form = g_ptr_array_index (forms, i);
          OplForm *final, *loaded;

          if (opl_form_get_moment_month (form) != g_array_index (months, int, m) ||
              opl_form_get_author_role (form) != author_role || opl_form_get_superseded_by (form) != NULL ||
              (author_role == OPL_FORM_ROLE_AIOS &&
               g_strcmp0 (opl_form_get_author_id (form), opl_traject_get_aios_id (traject)) != 0))
            continue;

          final = newest_final (forms, form);
          if (final == NULL)
            continue;

          loaded = opl_store_load_form (self, opl_form_get_id (final), viewer_id, error);
          if (loaded == NULL)
            return NULL;
          if (opl_form_is_redacted (loaded))
            g_object_unref (loaded);
          else
            g_ptr_array_add (series, loaded);
          break;
        }
    }

  return g_steal_pointer (&series);
}