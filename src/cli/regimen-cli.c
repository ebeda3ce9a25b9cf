/* regimen-cli.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-cli"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "regimen-core.h"
#include "regimen-cli-private.h"

static int run_help (int argc, char **argv);

static const RegimenCliCommand commands[] = {
  { "help", N_("Show the commands and what they do"), run_help },
  { "validate", N_("Check a plan against the training rules"), regimen_cli_validate },
  { "stats", N_("Print the training-stress numbers of a plan, week by week"), regimen_cli_stats },
  { "rules", N_("List the rules of the plan check"), regimen_cli_rules },
  { "format", N_("Rewrite a plan in canonical form"), regimen_cli_format },
  { "diff", N_("Print what changed between two plans, in training terms"), regimen_cli_diff },
  { "print", N_("Write the weekly sheets of a plan as a PDF"), regimen_cli_print },
  { "export-ics", N_("Write the sessions of a plan as an iCalendar file"), regimen_cli_export_ics },
  { "export-csv", N_("Write the log of a plan as CSV, in the columns of Strong’s or Hevy’s export"), regimen_cli_export_csv },
  { "import-csv", N_("Log the sets of a CSV in Strong’s columns into a plan"), regimen_cli_import_csv },
  { "library", N_("List the exercises of the library, or show one"), regimen_cli_library },
  { "new", N_("Write a new plan, blank or from a template"), regimen_cli_new },
  { "log", N_("Record what was trained of a session"), regimen_cli_log },
  { "block", N_("Add, rename, resize, duplicate, move, delete or lighten the blocks of a plan"), regimen_cli_block },
  { "week", N_("Insert, remove, copy or lighten the weeks of a plan"), regimen_cli_week },
  { "session", N_("Add or remove the sessions of a plan"), regimen_cli_session },
  { "item", N_("Add, remove or change the exercises of a plan’s sessions"), regimen_cli_item },
  { "progress", N_("Set how an exercise progresses over the following weeks"), regimen_cli_progress },
  { "render", N_("Draw the figure of an exercise as a PNG or SVG file"), regimen_cli_render },
};

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n  regimen-cli %s\n\n%s\n",
           _("Usage:"),
           _("COMMAND [OPTION…]"),
           _("Commands:"));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-12s %s\n", commands[i].name, _(commands[i].summary));

  fprintf (stream, "\n%s\n",
           _("Run “regimen-cli COMMAND --help” for the options of a command."));
}

static int
run_help (int    argc,
          char **argv)
{
  print_usage (stdout);

  return REGIMEN_CLI_EXIT_OK;
}

/* Killed while writing (Ctrl+C, a closed terminal, kill), a command
 * removes its temporary file and then dies of the same signal. */
static void
on_fatal_signal (int signal_number)
{
  regimen_file_remove_temporaries ();
  signal (signal_number, SIG_DFL);
  raise (signal_number);
}

/* Set once finish_output() has judged standard output. */
static gboolean output_finished;

/* The command that saved a file, and the file as it was given, once it
 * is saved: what it prints afterwards only says what it did. */
static char *saved_command;
static char *saved_file;

/**
 * regimen_cli_note_saved:
 * @command: the command's name, such as "week insert"
 * @file: the file saved, as it was given on the command line
 *
 * Records that @command saved @file, so that output it cannot write
 * afterwards is not taken for a failed save.
 */
void
regimen_cli_note_saved (const char *command,
                        const char *file)
{
  g_free (saved_command);
  g_free (saved_file);
  saved_command = g_strdup (command);
  saved_file = g_strdup (file);
  /* A reader of the output that went away (“| head -c0”) would kill the
   * command now, after its save, with the status a script takes for a
   * change not made; the write fails instead, and the status says saved. */
  signal (SIGPIPE, SIG_IGN);
}

/* A plan saved in the document portal's folder (the Flatpak's way to
 * a file) keeps no previous version beside it: said once, after the
 * command's own output, so that the person does not count on “PLAN~”. */
static void
tell_unkept_backup (const char *command)
{
  g_autofree char *path = regimen_file_take_unkept_backup ();
  g_autofree char *safe_path = NULL;

  if (path == NULL)
    return;

  safe_path = regimen_cli_escape_path (path);
  fflush (stdout);
  fprintf (stderr, "regimen-cli %s: ", command);
  /* Translators: %s is the plan's file */
  fprintf (stderr, _("no previous version of “%s” was kept: it was reached through the document portal "
                     "(as by the Flatpak), whose folder holds no other file for good."),
           safe_path);
  fputc ('\n', stderr);
}

/* What a command printed may still sit in stdout's buffer, and a write
 * that failed (a full disk, /dev/full) says so only in ferror(): a
 * command whose output did not all arrive does not end as a success.
 * When it saved a file before, the save stands: the status is 3, not
 * the 1 that says nothing was written, and the message says it was
 * saved, so that a script does not run the change a second time. */
static int
finish_output (int status)
{
  int flushed = fflush (stdout);
  /* The reason the failed write kept, not errno: the write may have
   * failed long before (--help's, before the exit handlers ran). */
  int reason = regimen_cli_get_output_errno ();
  g_autofree char *message = NULL;

  output_finished = TRUE;
  if (flushed == 0 && !ferror (stdout))
    return status;

  if (saved_file != NULL && status == REGIMEN_CLI_EXIT_OK)
    {
      if (reason != 0)
        message = g_strdup_printf (_("saved, but what the command says about it could not be written: %s"),
                                   g_strerror (reason));
      else
        message = g_strdup (_("saved, but what the command says about it could not all be written"));
      regimen_cli_print_error (saved_command, saved_file, message);

      return REGIMEN_CLI_EXIT_UNREPORTED;
    }

  if (reason != 0)
    fprintf (stderr, _("regimen-cli: the output could not be written: %s"), g_strerror (reason));
  else
    fputs (_("regimen-cli: the output could not be written."), stderr);
  fputc ('\n', stderr);

  return status == REGIMEN_CLI_EXIT_OK ? REGIMEN_CLI_EXIT_INVALID : status;
}

/* A standard stream closed by whoever started us (`>&-`) would be the
 * number the next open() returns: the plan's temporary file or its lock
 * would become standard output, and what the command prints would land
 * in it. Each closed one is held by /dev/null opened the other way, so
 * that printing to a closed standard output still fails, as it should. */
static void
hold_closed_standard_streams (void)
{
  for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; fd++)
    {
      /* open() takes the lowest free number: @fd, those below it held. */
      if (fcntl (fd, F_GETFD) == -1 && errno == EBADF)
        open ("/dev/null", fd == STDIN_FILENO ? O_WRONLY : O_RDONLY);
    }
}

/* GOption prints a command's --help and calls exit (0) itself: a help
 * that did not reach standard output ends with 1 here, as any output. */
static void
finish_output_at_exit (void)
{
  if (!output_finished && finish_output (REGIMEN_CLI_EXIT_OK) != REGIMEN_CLI_EXIT_OK)
    _exit (REGIMEN_CLI_EXIT_INVALID);
}

/* With HOME unset and no entry for this user in the user database (a
 * container run with a bare --user), GLib finds no home folder: it
 * warns twice on every command (that getpwuid_r() failed, that it could
 * not find the home folder) and takes “/”. The same “/” is set here
 * first, so GLib says nothing, and one line says what it means where it
 * matters: Regimen's data folder, with the person's own exercises, is
 * under the home folder unless XDG_DATA_HOME says where. */
static void
settle_missing_home (void)
{
  struct passwd entry;
  struct passwd *found = NULL;
  char buffer[16384];
  const char *data_home;
  int error;

  if (g_getenv ("HOME") != NULL)
    return;
  error = getpwuid_r (getuid (), &entry, buffer, sizeof buffer, &found);
  /* Another failure (an entry larger than the buffer) is GLib's to meet. */
  if (found != NULL || (error != 0 && error != ENOENT && error != ESRCH && error != EBADF && error != EPERM))
    return;

  g_setenv ("HOME", "/", TRUE);
  data_home = g_getenv ("XDG_DATA_HOME");
  if (data_home == NULL || !g_path_is_absolute (data_home))
    {
      g_autofree char *data_dir = regimen_file_dup_data_dir ();

      /* Translators: the first %s is “$HOME”, %u a user id, the second %s a folder, the last two names of
       * settings the person can give */
      g_printerr (_("regimen-cli: no home folder (%s is not set and the user database has no entry for user "
                    "%u): Regimen's data folder, with your own exercises, is taken to be %s; set %s or %s to "
                    "name another\n"),
                  "$HOME", (guint) getuid (), data_dir, "HOME", "XDG_DATA_HOME");
    }
}

/* Standard error sent onto a file the command reads or writes
 * (`week insert plan.json 99 2>>plan.json`, `import-csv plan.json
 * log.csv 2>>log.csv`), or onto a plan's PLAN~: the shell opens it
 * without emptying it, and a message was written after the file's text,
 * a plan that then no longer opened. Asked of every argument before
 * anything is read or printed, the value of a --name=VALUE too; the
 * refusal goes to standard output, since standard error cannot take it,
 * and nowhere when standard output is the same file. Returns the file's
 * name as given (with its “~”), or %NULL when standard error is none. */
static char *
stderr_named_file (int    argc,
                   char **argv)
{
  struct stat err_st;

  /* A terminal or a pipe, as mostly: no argument need be looked at. */
  if (fstat (STDERR_FILENO, &err_st) != 0 || !S_ISREG (err_st.st_mode))
    return NULL;

  for (int i = 2; i < argc; i++)
    {
      const char *name = argv[i];

      if (g_str_has_prefix (name, "--") && strchr (name, '=') != NULL)
        name = strchr (name, '=') + 1;
      if (name[0] == '\0' || g_str_equal (name, "-"))
        continue;
      if (regimen_cli_stream_is_file (STDERR_FILENO, name))
        return g_strdup (name);

      {
        g_autofree char *backup = g_strconcat (name, "~", NULL);

        if (regimen_cli_stream_is_file (STDERR_FILENO, backup))
          return g_steal_pointer (&backup);
      }
    }

  return NULL;
}

static int
refuse_stderr_onto_file (const char *command,
                         const char *name)
{
  g_autofree char *safe_name = regimen_cli_escape_typed (name);
  /* diff's 1 says the plans differ: trouble is its 2. */
  int status = g_str_equal (command, "diff") ? REGIMEN_CLI_EXIT_UNREADABLE : REGIMEN_CLI_EXIT_INVALID;
  struct stat err_st;
  struct stat out_st;

  if (fstat (STDOUT_FILENO, &out_st) == 0 && fstat (STDERR_FILENO, &err_st) == 0 &&
      out_st.st_dev == err_st.st_dev && out_st.st_ino == err_st.st_ino)
    return status;

  /* Translators: %s is a file named on the command line */
  printf (_("regimen-cli: standard error is “%s”, a file named on the command line or a plan's previous "
            "version (“2>>” onto it), which messages would be written into; nothing done, send standard error "
            "to another file"),
          safe_name);
  putchar ('\n');
  return status;
}

int
main (int    argc,
      char **argv)
{
  const int fatal_signals[] = { SIGINT, SIGTERM, SIGHUP };

  hold_closed_standard_streams ();
  setlocale (LC_ALL, "");
  /* In the C or POSIX locale (cron, a container, ssh without a locale)
   * the character set is ASCII, and GOption refuses every text option
   * with a letter beyond it ("Müller") as an invalid byte sequence. Plans
   * are UTF-8: there the characters are read as UTF-8, as Python 3 does. */
  if (g_strcmp0 (nl_langinfo (CODESET), "ANSI_X3.4-1968") == 0)
    setlocale (LC_CTYPE, "C.UTF-8");
  regimen_cli_convert_output ();
  /* Over a file size limit (ulimit -f) write() then fails with EFBIG and
   * the writer removes its temporary file, instead of the process dying
   * with the temporary file left beside the plan. */
  signal (SIGXFSZ, SIG_IGN);
  for (guint i = 0; i < G_N_ELEMENTS (fatal_signals); i++)
    {
      /* A signal ignored by whoever started us (nohup) stays ignored. */
      if (signal (fatal_signals[i], on_fatal_signal) == SIG_IGN)
        signal (fatal_signals[i], SIG_IGN);
    }
  /* Run from a build tree, the catalogues are there rather than installed. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("REGIMEN_LOCALEDIR") != NULL ? g_getenv ("REGIMEN_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  atexit (finish_output_at_exit);

  {
    g_autofree char *onto = argc > 2 ? stderr_named_file (argc, argv) : NULL;

    if (onto != NULL)
      return finish_output (refuse_stderr_onto_file (argv[1], onto));
  }

  settle_missing_home ();

  if (argc < 2)
    {
      print_usage (stderr);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    return finish_output (run_help (argc - 1, argv + 1));

  if (g_str_equal (argv[1], "--version"))
    {
      printf ("regimen-cli %s\n", PACKAGE_VERSION);
      return finish_output (REGIMEN_CLI_EXIT_OK);
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (argv[1], commands[i].name))
        {
          int status = commands[i].run (argc - 1, argv + 1);

          tell_unkept_backup (commands[i].name);
          return finish_output (status);
        }
    }

  {
    g_autofree char *safe_command = regimen_cli_escape_typed (argv[1]);

    fprintf (stderr, _("regimen-cli: “%s” is not a command."), safe_command);
    fputc ('\n', stderr);
    print_usage (stderr);
  }

  return REGIMEN_CLI_EXIT_USAGE;
}
