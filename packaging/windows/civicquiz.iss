; Inno Setup script: a per-machine installer of the one-folder bundle for Windows.
;
; Build the bundle first (docs/packaging.md, "Windows"), then, from the project folder:
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\civicquiz.iss
; which writes dist\civicquiz-VERSION-setup.exe. /DAppVersion=X.Y.Z overrides the version
; (tests/test_packaging_tools.py checks that the one below is pyproject's).
;
; The installer asks for administrator rights, installs into Program Files, adds a
; Start-menu entry (and, if ticked, a desktop icon) for all users, and registers an
; uninstaller under Settings > Apps. Learners' data stays in each user's own data
; folder (under %LOCALAPPDATA%): uninstalling leaves it, as it leaves documents.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "CivicQuiz"
#define AppPublisher "CivicQuiz developers"
#define GuiExe "civicquiz.exe"

[Setup]
; The same id for every version, so that a new version replaces the old one
; (uuid5 of the app id kz.civicquiz.CivicQuiz).
AppId={{CD197CBC-94FF-59BC-9312-B070AA13935B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
SetupIconFile=..\icons\civicquiz.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=civicquiz-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole bundle, and the source archive the licences' notice names.
Source: "..\..\dist\civicquiz\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\dist\civicquiz-{#AppVersion}-source.tar.gz"; DestDir: "{app}\source"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
