#!/bin/sh
# Issue 21, pass 47a: what the window's program, `regimen`, says on the
# terminal quotes what it was given, and quoted it raw. An address of
# another computer (`regimen 'file://nas/…'`) was said with its escape
# sequences, bells and carriage returns as they were: pasted from a
# chat, it retitled the terminal, coloured it, or forged a line of its
# own; an option it does not know (GLib's “Unknown option …”) the same.
# Every character that is not text is spelt as its code point, the
# message stays one line.
. "$(dirname "$0")/tap.sh"
regimen=$REGIMEN_APP_BINARY

echo "1..6"

# Each line of $1 free of control characters (C0, DEL, C1 as UTF-8) and
# of bidirectional overrides; $2 lines in all.
plain_lines () {
  python3 - "$1" "$2" <<'PY'
import sys
text = open(sys.argv[1], "rb").read().decode("utf-8")
lines = text.split("\n")
bad = [c for c in text if c != "\n" and (ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F or c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")]
sys.exit(0 if not bad and lines[-1] == "" and len(lines) - 1 == int(sys.argv[2]) else 1)
PY
}

run_regimen () {
  env -u DISPLAY -u WAYLAND_DISPLAY "$regimen" "$@" >"$tmp/out" 2>"$tmp/err"
}

# A plan on another computer, its path and its host carrying a title
# change, a bell, colours, a C1 CSI, a right-to-left override and a
# forged line.
esc=$(printf '\033')
bel=$(printf '\007')
cr=$(printf '\r')
csi=$(printf '\302\233')
rlo=$(printf '\342\200\256')
run_regimen "file://n${esc}[31mas/plan${esc}]0;PWNED${bel}${csi}2J${rlo}nosj.${cr}
No problems found."
check_exit $? 1 "a plan on another computer is refused"
plain_lines "$tmp/err" 1
ok $? "the refusal is one line, every control character spelt ($(od -c "$tmp/err" | head -3))"
grep -q 'plan\[U+001B\]\]0;PWNED\[U+0007\]\[U+009B\]2J\[U+202E\]nosj\.\[U+000D\]\[U+000A\]No problems found\.' "$tmp/err" &&
  grep -q 'n\[U+001B\]\[31mas' "$tmp/err"
ok $? "the address and the computer are quoted with each control spelt ($(cat "$tmp/err"))"

run_regimen "--${esc}]0;PWNED${bel}${cr}
forged"
check_exit $? 1 "an option Regimen does not know is refused"
plain_lines "$tmp/err" 1
ok $? "the unknown option is said on one line, every control character spelt ($(od -c "$tmp/err" | head -3))"
grep -q '\[U+001B\]\]0;PWNED\[U+0007\]\[U+000D\]\[U+000A\]forged' "$tmp/err"
ok $? "the unknown option is quoted with each control spelt ($(cat "$tmp/err"))"

exit $fail
