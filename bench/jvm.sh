# Sourced by the bench scripts: the JDK and JVM options the ./newskg launcher would use, so that every
# Java process of a benchmark (NewsKG's, CoreNLP's, Fuseki's) runs alike. Needs $home (the project).
# Sets JAVA_HOME (21 or newer: JAVA_HOME if it is one, else the newest under /usr/lib/jvm), java,
# opts (NEWSKG_JAVA_OPTS or the launcher's default_opts, plus what JDK 23+ needs), and jdk_for DIR.
jdk_for() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(jdk_for "$JAVA_HOME")" -lt 21 ] 2>/dev/null; then
  JAVA_HOME=$(for j in /usr/lib/jvm/*; do v=$(jdk_for "$j"); [ -n "$v" ] && [ "$v" -ge 21 ] && echo "$v $j"; done | sort -n | tail -1 | cut -d' ' -f2)
fi
export JAVA_HOME
java="$JAVA_HOME/bin/java"
opts="${NEWSKG_JAVA_OPTS:-$(sed -n 's/^default_opts="\(.*\)"$/\1/p' "$home/newskg")}"
if [ "$(jdk_for "$JAVA_HOME")" -ge 23 ]; then opts="$opts --sun-misc-unsafe-memory-access=allow"; fi
