; Inno Setup 6 script: a per-user installer for the PyInstaller folder.
; UNTESTED: written on Linux; run by .github/workflows/desktop-builds.yml on
; windows-latest. From the repository root, after PyInstaller has built
; dist\practice-notes\ :
;     iscc /DAppVersion=0.1.0 packaging\windows\practice-notes.iss
; Output: dist\practice-notes-<version>-windows-x64-setup.exe

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{8F0C2E4B-7A4D-4E64-9C61-6B2D1E0A5C37}
AppName=Practice Notes
AppVersion={#AppVersion}
AppPublisher=Practice Notes contributors
AppPublisherURL=https://github.com/practicenotes/practice-notes
DefaultDirName={localappdata}\Programs\Practice Notes
DefaultGroupName=Practice Notes
DisableProgramGroupPage=yes
; Per-user install: no administrator rights needed.
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=practice-notes-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
LicenseFile=..\..\LICENSE
UninstallDisplayIcon={app}\practice-notes.exe
WizardStyle=modern

[Files]
Source: "..\..\dist\practice-notes\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{autoprograms}\Practice Notes"; Filename: "{app}\practice-notes.exe"
Name: "{autodesktop}\Practice Notes"; Filename: "{app}\practice-notes.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\practice-notes.exe"; Description: "{cm:LaunchProgram,Practice Notes}"; Flags: nowait postinstall skipifsilent
