/* fail-image-surfaces.c — preloaded into a run of regimen-cli by
 * test-hostile-34-left-a.sh: a cairo that cannot make a picture in
 * memory, as when memory runs out. While $REGIMEN_FAIL_IMAGE_SURFACES
 * is set, every cairo_image_surface_create() returns cairo's surface in
 * error (an impossible size: CAIRO_STATUS_INVALID_SIZE), as it returns
 * one of CAIRO_STATUS_NO_MEMORY when memory runs out. No timing.
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <stdlib.h>

/* cairo's types, without its headers: a pointer and two ints. */
typedef struct _cairo_surface cairo_surface_t;

cairo_surface_t *cairo_image_surface_create (int format,
                                             int width,
                                             int height);

cairo_surface_t *
cairo_image_surface_create (int format,
                            int width,
                            int height)
{
  static cairo_surface_t *(*real) (int, int, int);

  if (real == NULL)
    real = (cairo_surface_t *(*) (int, int, int)) dlsym (RTLD_NEXT, "cairo_image_surface_create");
  if (getenv ("REGIMEN_FAIL_IMAGE_SURFACES") != NULL)
    return real (format, -1, -1);

  return real (format, width, height);
}
