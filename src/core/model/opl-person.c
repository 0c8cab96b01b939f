/* opl-person.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "opl-person"

#include "config.h"

#include "opl-person.h"

struct _OplPerson
{
  GObject  parent_instance;

  char    *id;
  char    *name;
  OplRole  role;
  int      opleider_since;  /* 0: not known */
  gboolean archived;
  char    *changed_at;      /* as read from the store, for its check on update */
};

G_DEFINE_FINAL_TYPE (OplPerson, opl_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ROLE,
  PROP_ROLE_LABEL,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
opl_person_finalize (GObject *object)
{
  OplPerson *self = (OplPerson *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->changed_at, g_free);

  G_OBJECT_CLASS (opl_person_parent_class)->finalize (object);
}

static void
opl_person_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  OplPerson *self = OPL_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ROLE:
      g_value_set_int (value, self->role);
      break;
    case PROP_ROLE_LABEL:
      g_value_set_string (value, opl_role_get_label (self->role));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_person_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  OplPerson *self = OPL_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_NAME:
      opl_person_set_name (self, g_value_get_string (value));
      break;
    case PROP_ROLE:
      self->role = g_value_get_int (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_person_class_init (OplPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = opl_person_finalize;
  object_class->get_property = opl_person_get_property;
  object_class->set_property = opl_person_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ROLE] =
    g_param_spec_int ("role", NULL, NULL,
                      0, OPL_N_ROLES - 1, OPL_ROLE_AIOS,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ROLE_LABEL] =
    g_param_spec_string ("role-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
opl_person_init (OplPerson *self)
{
}

OplPerson *
opl_person_new (const char *id,
                const char *name,
                OplRole     role)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (OPL_TYPE_PERSON,
                       "id", id,
                       "name", name,
                       "role", role,
                       NULL);
}

const char *
opl_person_get_id (OplPerson *self)
{
  g_return_val_if_fail (OPL_IS_PERSON (self), NULL);

  return self->id;
}

const char *
opl_person_get_name (OplPerson *self)
{
  g_return_val_if_fail (OPL_IS_PERSON (self), NULL);

  return self->name;
}

void
opl_person_set_name (OplPerson  *self,
                     const char *name)
{
  g_return_if_fail (OPL_IS_PERSON (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

OplRole
opl_person_get_role (OplPerson *self)
{
  g_return_val_if_fail (OPL_IS_PERSON (self), OPL_ROLE_AIOS);

  return self->role;
}

const char *
opl_person_get_role_label (OplPerson *self)
{
  g_return_val_if_fail (OPL_IS_PERSON (self), NULL);

  return opl_role_get_label (self->role);
}

gboolean
opl_person_is_opleider (OplPerson *self)
{
  g_return_val_if_fail (OPL_IS_PERSON (self), FALSE);

  return opl_role_is_opleider (self->role);
}

/**
 * opl_person_get_opleider_since:
 *
 * Returns: the year the person became opleider (from the first opleidingsjaar), or 0
 *   when it is not known
 */
int
opl_person_get_opleider_since (OplPerson *self)
{
  g_return_val_if_fail (OPL_IS_PERSON (self), 0);

  return self->opleider_since;
}

void
opl_person_set_opleider_since (OplPerson *self,
                               int        year)
{
  g_return_if_fail (OPL_IS_PERSON (self));

  self->opleider_since = year;
}

/**
 * opl_person_is_archived:
 *
 * Returns: whether the person has left the practice: no longer a profile to choose,
 *   while everything they did stays
 */
gboolean
opl_person_is_archived (OplPerson *self)
{
  g_return_val_if_fail (OPL_IS_PERSON (self), FALSE);

  return self->archived;
}

void
opl_person_set_archived (OplPerson *self,
                         gboolean   archived)
{
  g_return_if_fail (OPL_IS_PERSON (self));

  self->archived = !!archived;
}

/**
 * opl_person_get_changed_at:
 *
 * Returns: (nullable): when the row was last changed, as the store read it
 */
const char *
opl_person_get_changed_at (OplPerson *self)
{
  g_return_val_if_fail (OPL_IS_PERSON (self), NULL);

  return self->changed_at;
}

void
opl_person_set_changed_at (OplPerson  *self,
                           const char *changed_at)
{
  g_return_if_fail (OPL_IS_PERSON (self));

  g_free (self->changed_at);
  self->changed_at = g_strdup (changed_at);
}
