@echo off
rem Starts Tweetorial Studio from this folder. Needs Java 21 or newer (JAVA_HOME, or java on the PATH).
setlocal
set "HERE=%~dp0"
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
set "JAVA=javaw"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\javaw"
start "" "%JAVA%" -Xmx2g -jar "%LAUNCHER%" -showsplash org.tweetorial.product %*
