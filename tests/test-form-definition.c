/* test-form-definition.c: form definitions are data, validated completely.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sources: issue 5 ('Form definitions are data': every shipped definition loads; a
 * malformed file is refused with a message naming the file and the problem; an
 * institute loads its own; a filled form keeps its id and version), domain.md 'ComBel'
 * (the seven competentiegebieden, two or three leerdoelen, an editable definition
 * clearly labelled) and 'LEOh' (the aios about each opleider; the opleider may
 * self-evaluate; an editable definition), docs/form-definitions.md (the format).
 */

#include "config.h"

#include "opl-form-registry.h"
#include "opl-test-utils.h"

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

/* issue 5: every shipped definition loads; each is labelled editable. */
static void
test_shipped (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplFormRegistry) registry = opl_form_registry_new_default (&error);
  g_autoptr(GPtrArray) all = NULL;

  g_assert_no_error (error);
  all = opl_form_registry_list (registry, -1);
  g_assert_cmpuint (all->len, ==, g_strv_length ((char **) opl_form_registry_get_shipped_names ()));

  for (guint k = 0; k < OPL_N_FORM_KINDS; k++)
    {
      OplFormDefinition *definition = opl_form_registry_get_current (registry, k);

      g_assert_nonnull (definition);
      g_assert_cmpint (opl_form_definition_get_kind (definition), ==, k);
      g_assert_cmpstr (opl_form_definition_get_id (definition), ==, opl_form_kind_to_string (k));
      g_assert_cmpint (opl_form_definition_get_version (definition), >=, 1);
      /* domain.md 'ComBel', 'LEOh': the official text is not public, so every shipped
       * definition says it is an editable one. */
      g_assert_false (opl_form_definition_is_official (definition));
      g_assert_nonnull (strstr (opl_form_definition_get_description (definition), "niet de officiële itemtekst"));
      g_assert_cmpuint (opl_form_definition_get_n_sections (definition), >, 0);
      g_assert_cmpuint (opl_form_definition_get_n_fillers (definition), >, 0);
    }
}

/* domain.md 'ComBel': the seven competentiegebieden, each with items on one scale, and
 * two or three leerdoelen that only the aios fills; filled by aios, opleider, docent. */
static void
test_combel_shape (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplFormRegistry) registry = opl_form_registry_new_default (&error);
  OplFormDefinition *combel = opl_form_registry_get_current (registry, OPL_FORM_KIND_COMBEL);
  const char * const *gebieden = opl_competentiegebied_get_ids ();
  const OplFormSection *leerdoelen = NULL;
  guint n_required_leerdoelen = 0;

  g_assert_cmpuint (g_strv_length ((char **) gebieden), ==, 7);
  for (guint g = 0; gebieden[g] != NULL; g++)
    {
      gboolean found = FALSE;

      for (guint s = 0; s < opl_form_definition_get_n_sections (combel); s++)
        {
          const OplFormSection *section = opl_form_definition_get_section (combel, s);

          if (g_strcmp0 (section->competentiegebied, gebieden[g]) != 0)
            continue;

          found = TRUE;
          g_assert_cmpuint (section->n_items, >=, 3);
          for (guint i = 0; i < section->n_items; i++)
            {
              g_assert_cmpint (section->items[i].type, ==, OPL_FORM_ITEM_SCALE);
              g_assert_true (section->items[i].required);
              g_assert_cmpstr (section->items[i].scale->id, ==, "ovg");
            }
        }
      g_assert_true (found);
      g_assert_nonnull (opl_competentiegebied_get_label (gebieden[g]));
    }

  for (guint s = 0; s < opl_form_definition_get_n_sections (combel); s++)
    {
      if (g_str_equal (opl_form_definition_get_section (combel, s)->id, "leerdoelen"))
        leerdoelen = opl_form_definition_get_section (combel, s);
    }
  g_assert_nonnull (leerdoelen);
  g_assert_cmpuint (leerdoelen->n_items, ==, 3);
  for (guint i = 0; i < leerdoelen->n_items; i++)
    n_required_leerdoelen += leerdoelen->items[i].required;
  g_assert_cmpuint (n_required_leerdoelen, ==, 2);
  g_assert_true (opl_form_section_applies_to (leerdoelen, OPL_FORM_ROLE_AIOS));
  g_assert_false (opl_form_section_applies_to (leerdoelen, OPL_FORM_ROLE_OPLEIDER));

  g_assert_nonnull (opl_form_definition_lookup_filler (combel, OPL_FORM_ROLE_AIOS));
  g_assert_nonnull (opl_form_definition_lookup_filler (combel, OPL_FORM_ROLE_OPLEIDER));
  g_assert_nonnull (opl_form_definition_lookup_filler (combel, OPL_FORM_ROLE_DOCENT));

  /* The scale: onvoldoende < voldoende < goed, and n.v.t. off the scale. */
  g_assert_cmpint (opl_form_scale_lookup_option (opl_form_definition_lookup_scale (combel, "ovg"), "goed")->rank, ==, 3);
  g_assert_cmpint (opl_form_scale_lookup_option (opl_form_definition_lookup_scale (combel, "ovg"), "nvt")->rank, ==, 0);
}

/* domain.md 'LEOh': the aios evaluates an opleider; the opleider may self-evaluate. */
static void
test_leoh_shape (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplFormRegistry) registry = opl_form_registry_new_default (&error);
  OplFormDefinition *leoh = opl_form_registry_get_current (registry, OPL_FORM_KIND_LEOH);

  g_assert_cmpint (opl_form_definition_lookup_filler (leoh, OPL_FORM_ROLE_AIOS)->subject, ==, OPL_FORM_SUBJECT_OPLEIDER);
  g_assert_cmpint (opl_form_definition_lookup_filler (leoh, OPL_FORM_ROLE_OPLEIDER)->subject, ==, OPL_FORM_SUBJECT_SELF);
  g_assert_null (opl_form_definition_lookup_filler (leoh, OPL_FORM_ROLE_DOCENT));
  g_assert_cmpuint (opl_form_definition_get_n_items (leoh), >=, 10);
}

/* docs/form-definitions.md: a shipped definition's text never changes under the same
 * version, because filled forms are stored against (id, version). */
static void
test_shipped_checksums (void)
{
  g_autofree char *path = data_path ("form-definition-checksums.txt");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OplFormRegistry) registry = opl_form_registry_new_default (&error);
  g_autoptr(GPtrArray) all = opl_form_registry_list (registry, -1);
  g_auto(GStrv) lines = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; i < all->len; i++)
    {
      OplFormDefinition *definition = g_ptr_array_index (all, i);
      g_autofree char *line = g_strdup_printf ("%s %d %s", opl_form_definition_get_id (definition),
                                               opl_form_definition_get_version (definition),
                                               opl_form_definition_get_checksum (definition));

      if (!g_strv_contains ((const char * const *) lines, line))
        g_error ("%s changed without a new version, or its line is missing in %s", line, path);
    }
}

typedef struct
{
  const char *file;
  const char *problem;
} BadFile;

/* Each malformed file and a part of the message it must get. */
static const BadFile bad_files[] = {
  { "not-json.json", "not valid" },
  { "not-an-object.json", "not a JSON object" },
  { "missing-id.json", "“id” is missing" },
  { "bad-id.json", "lower-case letters" },
  { "version-zero.json", "“version” must be a whole number from 1" },
  { "version-text.json", "“version” must be a whole number" },
  { "version-fraction.json", "“version” must be a whole number" },
  { "unknown-kind.json", "the kind “portfolio”" },
  { "missing-official.json", "“official” is missing" },
  { "format-2.json", "“format” must be 1" },
  { "empty-title.json", "“title” is empty" },
  { "no-sections.json", "“sections” is an empty list" },
  { "section-without-items.json", "section 2 (“communicatie”): “items” is an empty list" },
  { "duplicate-item.json", "the item id “mh-anamnese” is used twice" },
  { "duplicate-section.json", "the section id “medisch-handelen” is used twice" },
  { "unknown-scale.json", "item 1 (“co-uitleg”): the scale “ovgg” is not defined" },
  { "scale-on-text.json", "only a scale item has a “scale”" },
  { "scale-item-without-scale.json", "a scale item needs a “scale”" },
  { "unknown-type.json", "the type “slider”" },
  { "unknown-key.json", "unknown key “requried”" },
  { "required-not-boolean.json", "“required” must be true or false" },
  { "items-not-a-list.json", "“items” must be a list" },
  { "duplicate-option.json", "the value “onvoldoende” is used twice" },
  { "duplicate-rank.json", "the rank 2 is used twice" },
  { "empty-scale.json", "scale 1: “options” is an empty list" },
  { "unknown-role.json", "filler 1: the role “patient”" },
  { "no-fillers.json", "“fillers” is an empty list" },
  { "docent-self.json", "a docent has no profile" },
  { "section-role-not-filling.json", "“roles” names “docent”" },
  { "unknown-competentiegebied.json", "“chirurgie” is not one of the seven competentiegebieden" },
  { "number-min-above-max.json", "“min” must not be more than “max”" },
  { "kpb-without-score.json", "a KPB or KVB needs an item “onderwerp”" },
};

/* issue 5: a malformed definition file is refused with a message naming the file and
 * the problem. */
static void
test_bad_files (void)
{
  g_autofree char *dir = data_path ("forms-bad");
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n_files = 0;
  const char *name;

  /* Every file in the folder has its case below. */
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      gboolean known = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
        known |= g_str_equal (bad_files[i].file, name);
      g_assert_true (known);
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, G_N_ELEMENTS (bad_files));

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *path = g_build_filename (dir, bad_files[i].file, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(OplFormDefinition) definition = opl_form_definition_new_from_file (path, &error);

      g_test_message ("%s: %s", bad_files[i].file, error != NULL ? error->message : "(accepted)");
      g_assert_null (definition);
      g_assert_error (error, OPL_FORM_DEFINITION_ERROR, OPL_FORM_DEFINITION_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, bad_files[i].file));
      g_assert_nonnull (strstr (error->message, bad_files[i].problem));
    }
}

static void
test_unreadable_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplFormDefinition) definition = opl_form_definition_new_from_file ("/nonexistent/combel.json", &error);

  g_assert_null (definition);
  g_assert_error (error, OPL_FORM_DEFINITION_ERROR, OPL_FORM_DEFINITION_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "combel.json"));
}

/* issue 5: an institute loads its own definitions. The same id with a higher version
 * is used for new forms; the older version stays for the forms filled with it; another
 * id of the same kind is an extra form; a folder loads all or nothing. */
static void
test_institute_files (void)
{
  g_autofree char *institute = data_path ("forms-institute");
  g_autofree char *bad = data_path ("forms-bad");
  g_autofree char *v2 = g_build_filename (institute, "combel-v2.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OplFormRegistry) registry = opl_form_registry_new_default (&error);
  g_autoptr(GPtrArray) combels = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  OplFormDefinition *current;

  g_assert_no_error (error);
  before = opl_form_registry_list (registry, -1);

  /* A folder with a bad file adds nothing. */
  g_assert_false (opl_form_registry_add_directory (registry, bad, &error));
  g_assert_error (error, OPL_FORM_DEFINITION_ERROR, OPL_FORM_DEFINITION_ERROR_INVALID);
  g_clear_error (&error);
  after = opl_form_registry_list (registry, -1);
  g_assert_cmpuint (after->len, ==, before->len);

  g_assert_true (opl_form_registry_add_directory (registry, institute, &error));
  g_assert_no_error (error);

  current = opl_form_registry_get_current (registry, OPL_FORM_KIND_COMBEL);
  g_assert_cmpstr (opl_form_definition_get_id (current), ==, "combel");
  g_assert_cmpint (opl_form_definition_get_version (current), ==, 2);
  g_assert_cmpint (opl_form_definition_get_version (opl_form_registry_lookup (registry, "combel", 1)), ==, 1);
  g_assert_nonnull (opl_form_registry_lookup (registry, "combel-verkort", 1));
  combels = opl_form_registry_list (registry, OPL_FORM_KIND_COMBEL);
  g_assert_cmpuint (combels->len, ==, 3);

  /* The same file again changes nothing; another text under the same version is refused. */
  g_assert_true (opl_form_registry_add_file (registry, v2, &error));
  g_assert_no_error (error);
  {
    g_autofree char *text = NULL;
    g_autofree char *changed = NULL;
    g_autoptr(OplFormDefinition) other = NULL;

    g_file_get_contents (v2, &text, NULL, &error);
    g_assert_no_error (error);
    changed = g_strconcat (text, "\n", NULL);
    other = opl_form_definition_new_from_data ("combel-v2-edited.json", changed, -1, &error);
    g_assert_no_error (error);
    g_assert_false (opl_form_registry_add (registry, other, &error));
    g_assert_error (error, OPL_FORM_DEFINITION_ERROR, OPL_FORM_DEFINITION_ERROR_CONFLICT);
    g_assert_nonnull (strstr (error->message, "combel-v2-edited.json"));
  }
}

static void
test_check_value (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplFormRegistry) registry = opl_form_registry_new_default (&error);
  OplFormDefinition *combel = opl_form_registry_get_current (registry, OPL_FORM_KIND_COMBEL);
  OplFormDefinition *rapportage = opl_form_registry_get_current (registry, OPL_FORM_KIND_DIENSTENRAPPORTAGE);

  g_assert_true (opl_form_definition_check_value (combel, "mh-anamnese", "goed", &error));
  g_assert_true (opl_form_definition_check_value (combel, "mh-anamnese", NULL, &error));
  g_assert_true (opl_form_definition_check_value (combel, "leerdoel-1", "Iets leren", &error));
  g_assert_no_error (error);

  g_assert_false (opl_form_definition_check_value (combel, "mh-anamnese", "uitstekend", &error));
  g_assert_error (error, OPL_FORM_DEFINITION_ERROR, OPL_FORM_DEFINITION_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (opl_form_definition_check_value (combel, "bestaat-niet", "goed", &error));
  g_clear_error (&error);

  g_assert_true (opl_form_definition_check_value (rapportage, "aantal-diensten", "12", &error));
  g_assert_false (opl_form_definition_check_value (rapportage, "aantal-diensten", "-1", &error));
  g_clear_error (&error);
  g_assert_false (opl_form_definition_check_value (rapportage, "aantal-diensten", "twaalf", &error));
  g_clear_error (&error);
}

static void
test_kind_strings (void)
{
  for (guint k = 0; k < OPL_N_FORM_KINDS; k++)
    {
      OplFormKind back;

      g_assert_true (opl_form_kind_from_string (opl_form_kind_to_string (k), &back));
      g_assert_cmpint (back, ==, k);
      g_assert_nonnull (opl_form_kind_get_label (k));
    }

  for (guint r = 0; r < OPL_N_FORM_ROLES; r++)
    {
      OplFormRole back;

      g_assert_true (opl_form_role_from_string (opl_form_role_to_string (r), &back));
      g_assert_cmpint (back, ==, r);
    }

  g_assert_true (opl_form_kind_is_entry (OPL_FORM_KIND_KPB));
  g_assert_false (opl_form_kind_is_entry (OPL_FORM_KIND_COMBEL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/opl/form-definition/shipped", test_shipped);
  g_test_add_func ("/opl/form-definition/combel-shape", test_combel_shape);
  g_test_add_func ("/opl/form-definition/leoh-shape", test_leoh_shape);
  g_test_add_func ("/opl/form-definition/shipped-checksums", test_shipped_checksums);
  g_test_add_func ("/opl/form-definition/bad-files", test_bad_files);
  g_test_add_func ("/opl/form-definition/unreadable-file", test_unreadable_file);
  g_test_add_func ("/opl/form-definition/institute-files", test_institute_files);
  g_test_add_func ("/opl/form-definition/check-value", test_check_value);
  g_test_add_func ("/opl/form-definition/kind-strings", test_kind_strings);

  return g_test_run ();
}
