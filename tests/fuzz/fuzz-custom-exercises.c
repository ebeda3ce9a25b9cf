/* fuzz-custom-exercises.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "regimen-custom-exercises.h"
#include "regimen-library.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

/* The custom exercise file is read at every start of the app. Any input
 * must either load or give a REGIMEN_CUSTOM_EXERCISES_ERROR (the file is
 * then set aside); one that loads must save and load again. */
int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static char *home = NULL;
  g_autoptr(RegimenLibrary) library = NULL;
  g_autoptr(RegimenLibrary) again = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *broken = NULL;
  g_autoptr(GError) error = NULL;

  if (home == NULL)
    {
      home = g_dir_make_tmp ("regimen-fuzz-XXXXXX", NULL);
      g_setenv ("XDG_DATA_HOME", home, TRUE);
    }

  file = regimen_custom_exercises_get_file ();
  path = g_file_get_path (file);
  broken = g_strconcat (path, ".broken", NULL);
  g_remove (broken);

  library = regimen_library_new ();
  if (!regimen_custom_exercises_save (library, &error) ||
      !g_file_set_contents (path, (const char *) data, size, &error))
    g_error ("%s", error->message);

  if (!regimen_custom_exercises_load (library, &error))
    {
      g_assert (error->domain == REGIMEN_CUSTOM_EXERCISES_ERROR);
      g_assert (g_file_test (broken, G_FILE_TEST_EXISTS));
      return 0;
    }

  if (!regimen_custom_exercises_save (library, &error))
    g_error ("a loaded file does not save: %s", error->message);

  again = regimen_library_new ();
  if (!regimen_custom_exercises_load (again, &error))
    g_error ("a saved file does not load: %s", error->message);

  g_assert (g_list_model_get_n_items (G_LIST_MODEL (again)) ==
            g_list_model_get_n_items (G_LIST_MODEL (library)));

  return 0;
}
