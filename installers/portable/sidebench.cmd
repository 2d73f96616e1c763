@echo off
rem Sidebench launcher for Windows (portable zip). Without arguments it starts the desktop app;
rem with a command (sidebench.cmd info my.sidebench) it runs the command line.
rem Uses %JAVA_HOME%\bin\java.exe when set, else java on the PATH (Java 17 or newer). Extra JVM options: SIDEBENCH_OPTS.
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
where "%JAVA%" >nul 2>nul || if not exist "%JAVA%" (
  echo sidebench: Java 17 or newer is needed; install it or set JAVA_HOME 1>&2
  exit /b 127
)
set "CACHE=%HERE%.cache"
if not exist "%CACHE%" mkdir "%CACHE%" 2>nul || set "CACHE=%TEMP%\sidebench"
"%JAVA%" -XX:MaxRAMPercentage=60 -Dfile.encoding=UTF-8 -Djavafx.cachedir="%CACHE%\openjfx" -Dorg.sqlite.tmpdir="%CACHE%" -Dde.kherud.llama.tmpdir="%CACHE%" %SIDEBENCH_OPTS% -jar "%HERE%sidebench.jar" %*
exit /b %ERRORLEVEL%
