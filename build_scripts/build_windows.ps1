# Windows installer recipe: PyInstaller one-folder build, frozen self-test, Inno Setup installer, signing.
# NOT RUN in this project's CI container (Linux only); .github/workflows/windows-installer.yml runs it on
# a GitHub-hosted Windows runner. See docs/packaging.md.
#
# Needs: Python 3.11 x64, Inno Setup 6 (iscc.exe on PATH), ImageMagick (`magick`, for the .ico),
# and for signing: signtool.exe (Windows SDK) with SIGN_CERT_PFX (path) and SIGN_CERT_PASSWORD set.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

python -m venv .venv-win
.\.venv-win\Scripts\python -m pip install -q --upgrade pip
# The libusb1 wheel for Windows carries libusb-1.0.dll; the spec refuses to build without it.
.\.venv-win\Scripts\python -m pip install -q -e ".[build]"

if (-not (Test-Path packaging\windows\app-audit.ico)) {
  magick -background none resources\icons\app-audit.svg -define icon:auto-resize=256,64,48,32,16 packaging\windows\app-audit.ico
}

.\.venv-win\Scripts\python build_scripts\translations.py
if ($LASTEXITCODE -ne 0) { throw "building the translations failed" }
.\.venv-win\Scripts\python -m PyInstaller --noconfirm --clean --distpath build\dist --workpath build\work build_scripts\app-audit.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

$version = (& build\dist\app-audit\app-audit.exe --version | Select-Object -First 1).Split(" ")[1]
& build\dist\app-audit\app-audit.exe --version

# The frozen program proves itself: simulated phones on loopback, offscreen window.
$env:QT_QPA_PLATFORM = "offscreen"
& build\dist\app-audit\app-audit.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "frozen self-test failed" }
Remove-Item Env:QT_QPA_PLATFORM

function Sign-File($path) {
  if (-not $env:SIGN_CERT_PFX) { Write-Warning "SIGN_CERT_PFX not set: $path is NOT signed"; return }
  signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 `
    /f $env:SIGN_CERT_PFX /p $env:SIGN_CERT_PASSWORD $path
  if ($LASTEXITCODE -ne 0) { throw "signing $path failed" }
}
Sign-File build\dist\app-audit\app-audit.exe
Sign-File build\dist\app-audit\app-audit-gui.exe

iscc /DAppVersion=$version /DSourceDir=..\..\build\dist\app-audit /DOutputDir=..\..\build\packages packaging\windows\app-audit.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Sign-File "build\packages\app-audit-$version-setup.exe"
Get-ChildItem build\packages
