/* regimen-cli-private.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdio.h>
#include <string.h>

#include <glib.h>
#include <json-glib/json-glib.h>

#include "regimen-core.h"

G_BEGIN_DECLS

/* Exit statuses, documented in docs/cli.md. 64 is EX_USAGE of sysexits.h. */
enum
{
  REGIMEN_CLI_EXIT_OK          = 0,
  REGIMEN_CLI_EXIT_INVALID     = 1,
  REGIMEN_CLI_EXIT_UNREADABLE  = 2,
  REGIMEN_CLI_EXIT_UNREPORTED  = 3,
  REGIMEN_CLI_EXIT_USAGE       = 64,
};

typedef struct
{
  const char *name;
  /* Untranslated; shown through gettext in the command list. */
  const char *summary;
  /* argv[0] is the command's name; returns one of the exit statuses. */
  int (*run) (int    argc,
              char **argv);
} RegimenCliCommand;

/* Text output, regimen-cli-text.c. */
gboolean regimen_cli_is_unsafe   (gunichar    c);
char    *regimen_cli_escape      (const char *text);
/* How many characters of a typed argument an error quotes. */
#define REGIMEN_CLI_QUOTE_MAX 80
char    *regimen_cli_shorten     (const char *text);
char    *regimen_cli_shorten_long (const char *text,
                                   glong       max);
char    *regimen_cli_escape_typed (const char *text);
char    *regimen_cli_spell_typed (const char *text);
char    *regimen_cli_escape_path (const char *path);
void     regimen_cli_set_backup_note (GOptionContext *context);
void     regimen_cli_print_error (const char *command,
                                  const char *file,
                                  const char *message);
int      regimen_cli_fail_usage  (const char *command,
                                  const char *format,
                                  ...) G_GNUC_PRINTF (2, 3);
int      regimen_cli_fail_action (const char *command,
                                  const char *action,
                                  const char *file,
                                  int         status,
                                  const char *format,
                                  ...) G_GNUC_PRINTF (5, 6);

int regimen_cli_validate (int argc, char **argv);
int regimen_cli_stats    (int argc, char **argv);
int regimen_cli_rules    (int argc, char **argv);
int regimen_cli_format   (int argc, char **argv);
int regimen_cli_export_ics (int argc, char **argv);
int regimen_cli_print  (int argc, char **argv);
int regimen_cli_library (int argc, char **argv);
int regimen_cli_render (int argc, char **argv);
int regimen_cli_new    (int argc, char **argv);
int regimen_cli_log    (int argc, char **argv);
int regimen_cli_progress (int argc, char **argv);
int regimen_cli_diff   (int argc, char **argv);
int regimen_cli_export_csv (int argc, char **argv);
int regimen_cli_import_csv (int argc, char **argv);
int regimen_cli_block  (int argc, char **argv);
int regimen_cli_week   (int argc, char **argv);
int regimen_cli_session (int argc, char **argv);
int regimen_cli_item   (int argc, char **argv);

/* Main's, regimen-cli.c. */
void regimen_cli_note_saved (const char *command,
                             const char *file);

/* The standard streams' character set, regimen-cli-charset.c. */
void     regimen_cli_convert_output     (void);
gboolean regimen_cli_output_is_utf8     (void);
char    *regimen_cli_as_shown           (const char *text);
gboolean regimen_cli_write_file_data    (const char *data,
                                         gsize       length);
gboolean regimen_cli_output_written     (void);
gboolean regimen_cli_flush_output       (void);
int      regimen_cli_get_output_errno   (void);

/* Shared by the commands, regimen-cli-util.c. */
gboolean        regimen_cli_print_json    (JsonNode           *root);
gboolean        regimen_cli_print_json_element (JsonNode      *node,
                                                guint          indent);
RegimenLibrary *regimen_cli_get_library   (const char         *command);
GFile          *regimen_cli_file_new      (const char         *path,
                                           GError            **error);
RegimenPlan    *regimen_cli_load_plan     (const char         *command,
                                           const char         *path,
                                           GBytes            **out_bytes,
                                           GFile             **out_file,
                                           RegimenFileReached **out_reached,
                                           int                *out_status);
gboolean        regimen_cli_names_folder  (const char         *path);
gboolean        regimen_cli_check_output_outside_data (const char *command,
                                                       const char *output);
gboolean        regimen_cli_stream_is_file (int                fd,
                                            const char        *path);
gboolean        regimen_cli_check_stdout_not_plan (const char *command,
                                                   const char *name,
                                                   GFile      *source);
void            regimen_cli_print_bad_date (const char         *command,
                                            const char         *option,
                                            const char         *text);
gboolean        regimen_cli_check_start_fits (const char  *command,
                                              const char  *file,
                                              RegimenPlan *plan,
                                              const GDate *date);
gboolean        regimen_cli_parse_start   (const char         *command,
                                           const char         *text,
                                           GDate              *date);
GArray         *regimen_cli_suggest       (const char         *wanted,
                                           const char * const *ids,
                                           const char * const *names,
                                           guint               n,
                                           guint               max);
void            regimen_cli_print_unknown (const char         *command,
                                           const char         *message,
                                           const char         *wanted,
                                           const char * const *ids,
                                           const char * const *names,
                                           guint               n,
                                           const char         *list_command);
int             regimen_cli_usage_error   (GOptionContext     *context);
gboolean        regimen_cli_id_starts_with (const char        *id,
                                            const char        *wanted);
gboolean        regimen_cli_id_equal       (const char        *id,
                                            const char        *wanted);
gboolean        regimen_cli_check_decimal_options (const char         *command,
                                                   int                 argc,
                                                   char              **argv,
                                                   const char * const *options);
guint           regimen_cli_char_width    (gunichar            c);
guint           regimen_cli_text_width    (const char         *text);
void            regimen_cli_print_wrapped (guint               first_indent,
                                           const char         *text);
guint           regimen_cli_count_decimals (const char       *text);
gboolean        regimen_cli_parse_count   (const char         *text,
                                           guint               min,
                                           guint               max,
                                           guint              *out_value);
gboolean        regimen_cli_is_count      (const char         *text);
const char     *regimen_cli_wanted_id     (const char         *wanted);
gboolean        regimen_cli_parse_options (GOptionContext     *context,
                                           const GOptionEntry *entries,
                                           int                *argc,
                                           char             ***argv,
                                           GError            **error);

/* regimen-cli-library.c */
RegimenExercise *regimen_cli_lookup_exercise (RegimenLibrary *library,
                                              const char     *command,
                                              const char     *id);

G_END_DECLS
