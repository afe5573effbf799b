; Inno Setup script of ICC Studio for Windows (build the one-folder app first, on Windows:
;   py -m pip install -e .  &&  py -m pip install "pyinstaller>=6.10,<7"
;   pyinstaller --noconfirm --distpath build\package\dist --workpath build\package\work packaging\icc-studio.spec
; then compile this script with Inno Setup 6: iscc packaging\windows\icc-studio.iss)

#define AppName "ICC Studio"
#define AppVersion "0.1.0"
#define Dist "..\..\build\package\dist\icc-studio"

[Setup]
AppId={{6C7B1F0E-3C1D-4A55-9A8E-1CC5717D10A1}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Intercultural Cities
DefaultDirName={autopf}\ICC Studio
DefaultGroupName=ICC Studio
OutputBaseFilename=icc-studio-{#AppVersion}-setup
OutputDir=..\..\build\package
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Town-hall computers: install for all users when an administrator runs it, else for the current user.
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern
UninstallDisplayIcon={app}\icc-studio.exe

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "pt"; MessagesFile: "compiler:Languages\Portuguese.isl"
Name: "uk"; MessagesFile: "compiler:Languages\Ukrainian.isl"
Name: "ar"; MessagesFile: "compiler:Languages\Arabic.isl"

[Files]
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\ICC Studio"; Filename: "{app}\icc-studio.exe"
Name: "{group}\ICC Studio kiosk (choose a project)"; Filename: "{app}\icc-studio.exe"; Parameters: "--kiosk"
Name: "{autodesktop}\ICC Studio"; Filename: "{app}\icc-studio.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\icc-studio.exe"; Description: "{cm:LaunchProgram,ICC Studio}"; Flags: nowait postinstall skipifsilent
