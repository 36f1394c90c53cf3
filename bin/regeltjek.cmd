@echo off
rem regeltjek launcher for Windows: builds the jar when it is missing, then runs it in-process.
rem What bin/regeltjek does, except that it does not rebuild on a source change (run
rem "mvn -B -DskipTests package" after pulling) and never uses the daemon (a Unix socket service).
setlocal
set "HOME_DIR=%~dp0.."
set "JAR=%HOME_DIR%\cli\target\regeltjek-cli.jar"
set "BENCH_JAR=%HOME_DIR%\bench\target\regeltjek-bench-0.1.0.jar"

if not exist "%JAR%" (
  echo regeltjek: building %JAR% ^(first run^) ... 1>&2
  pushd "%HOME_DIR%"
  call mvn -B -q -DskipTests package 1>&2
  if errorlevel 1 (
    popd
    echo regeltjek: build failed 1>&2
    exit /b 2
  )
  popd
)

set "OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto"
if "%~1"=="bench" set "OPTS=-Xmx512m -XX:+UseParallelGC -Xshare:auto"
if defined REGELTJEK_JAVA_OPTS set "OPTS=%REGELTJEK_JAVA_OPTS%"

if "%~1"=="bench" goto bench
java %OPTS% "-Dregeltjek.home=%HOME_DIR%" -jar "%JAR%" %*
exit /b %ERRORLEVEL%

rem the benchmark is a program of its own (bench/), never part of the CLI jar; %* would still hold "bench"
:bench
set "ARGS="
:collect
shift
if "%~1"=="" goto runbench
set ARGS=%ARGS% %1
goto collect
:runbench
java %OPTS% "-Dregeltjek.home=%HOME_DIR%" -cp "%BENCH_JAR%;%JAR%" dk.regeltjek.bench.BenchMain %ARGS%
exit /b %ERRORLEVEL%
