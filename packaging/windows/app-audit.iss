; Inno Setup 6 script for App Audit. Built by build_scripts/build_windows.ps1:
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\build\dist\app-audit /DOutputDir=..\..\build\packages app-audit.iss
; Per-machine install in Program Files; data stays per user (%LOCALAPPDATA%\app-audit).

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z
#endif

[Setup]
AppId={{6C1A2F3E-4B8D-4E5F-9A61-2D7C0B5E8F14}
AppName=App Audit
AppVersion={#AppVersion}
AppPublisher=App Audit developers
DefaultDirName={autopf}\App Audit
DefaultGroupName=App Audit
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
OutputDir={#OutputDir}
OutputBaseFilename=app-audit-{#AppVersion}-setup
SetupIconFile=app-audit.ico
UninstallDisplayIcon={app}\app-audit-gui.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Files]
; The whole one-folder build: app-audit.exe (console), app-audit-gui.exe (window), _internal\ with
; usb1\libusb-1.0.dll from the libusb1 wheel.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\App Audit"; Filename: "{app}\app-audit-gui.exe"; Parameters: "gui"
Name: "{group}\App Audit (kiosk)"; Filename: "{app}\app-audit-gui.exe"; Parameters: "gui --kiosk"
Name: "{autodesktop}\App Audit"; Filename: "{app}\app-audit-gui.exe"; Parameters: "gui"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked
Name: "addtopath"; Description: "Add app-audit to PATH (command line)"; Flags: unchecked

[Registry]
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; \
  ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
; Proves the installed copy works on this PC (simulated phones on loopback, no window shown).
Filename: "{app}\app-audit.exe"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; \
  StatusMsg: "Checking the installation..."
Filename: "{app}\app-audit-gui.exe"; Parameters: "gui"; Description: "{cm:LaunchProgram,App Audit}"; \
  Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Current: string;
begin
  if not RegQueryStringValue(HKLM, 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment', 'Path', Current) then
    Result := True
  else
    Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Current) + ';') = 0;
end;
