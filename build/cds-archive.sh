#!/usr/bin/env bash
# Builds cli/target/regeltjek.jsa, a class-data-sharing archive for the CLI jar (run by `mvn package`).
# A training run over the bundled examples records which classes a CLI run loads; the JVM then
# maps them from the archive instead of parsing and verifying them on every start. JDK 17's
# dynamic archive (-XX:ArchiveClassesAtExit) crashed here, so this is a static archive. The
# archive is tied to the exact jar: the launcher uses it only when it is newer than the jar.
set -euo pipefail
cd "$(dirname "$0")/.."
# absolute: the archive records the class path, and the launcher runs from any folder
jar="$PWD/cli/target/regeltjek-cli.jar"
list=cli/target/cds-classes.lst
archive=cli/target/regeltjek.jsa
cache=$(mktemp -d)
# a throwaway config folder too: the training runs must not create the user's cache key
export XDG_CONFIG_HOME="$cache/config"
client=(java -cp "$jar" dk.regeltjek.daemon.Client)
# the daemon of the third pass lives in the throwaway folder and is stopped whatever happens
trap 'XDG_CACHE_HOME="$cache/xdg" "${client[@]}" daemon stop >/dev/null 2>&1; rm -rf "$cache"' EXIT
rm -f "$archive" "$list"
# Two passes: one that compiles the rules (and fills a throwaway cache), one that loads them from it.
java -XX:DumpLoadedClassList="$list.1" -jar "$jar" run --cache-dir "$cache" --explain summary examples/ >/dev/null 2>&1 || true
java -XX:DumpLoadedClassList="$list.2" -jar "$jar" test --cache-dir "$cache" --format json examples/ >/dev/null 2>&1 || true
# Third pass: the daemon client (bin/regeltjek's process when a daemon runs), talking to a daemon
# started for this in the throwaway folder; the client must start in milliseconds too.
XDG_CACHE_HOME="$cache/xdg" "${client[@]}" daemon start >/dev/null 2>&1 || true
XDG_CACHE_HOME="$cache/xdg" java -XX:DumpLoadedClassList="$list.3" -cp "$jar" dk.regeltjek.daemon.Client \
  run --cache-dir "$cache" --explain summary examples/laanepulje >/dev/null 2>&1 || true
XDG_CACHE_HOME="$cache/xdg" java -XX:DumpLoadedClassList="$list.4" -cp "$jar" dk.regeltjek.daemon.Client \
  daemon stop >/dev/null 2>&1 || true
sort -u "$list.1" "$list.2" "$list.3" "$list.4" > "$list"
rm -f "$list.1" "$list.2" "$list.3" "$list.4"
java -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$archive" -cp "$jar" >/dev/null 2>&1 \
  || { echo "cds-archive: could not build $archive (the launcher runs without it)" >&2; rm -f "$archive"; exit 0; }
echo "cds-archive: built $archive ($(du -h "$archive" | cut -f1))"
