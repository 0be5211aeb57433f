; Inno Setup script: the Qadam installer for Windows (see installer/README.md).
;
;     iscc installer\qadam.iss            (after: pyinstaller installer\qadam.spec)
;
; - Per user, no administrator rights: installs into %LOCALAPPDATA%\Programs\Qadam.
; - Kazakh (our Kazakh.isl: Inno Setup ships none), Russian and English wizards.
; - A Start-menu shortcut to Qadam.exe (the windowed program); qadam-cli.exe beside it.
; - Upgrades in place: the AppId below never changes, so a newer setup finds the installed
;   copy, closes a running Qadam and replaces the program files.
; - The data are never touched: the database, its key file, backups and logs live in the
;   per-user data folder %LOCALAPPDATA%\Qadam (desktop/cli.py default_database), which this
;   script never names. Uninstalling removes only the program files it installed.
;
; Defines that may be given on the command line (/DName=value):
;   BundleDir   the PyInstaller one-folder bundle (default ..\dist\Qadam)
;   OutputDir   where setup.exe goes (default ..\dist)
;   AppVersion  the version shown and in the file name (default: desktop/__init__.py's)
;   Compression lzma2/max by default; CI's compile check on Linux passes "none"

#ifndef BundleDir
  #define BundleDir "..\dist\Qadam"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef Compression
  #define Compression "lzma2/max"
#endif

[Setup]
; Never change the AppId: it is how an upgrade finds the installed copy.
AppId={{9F66D8A5-A98D-43BE-B287-31FA0392F2B4}
AppName=Qadam
AppVersion={#AppVersion}
AppVerName=Qadam {#AppVersion}
AppPublisher=Qadam
VersionInfoVersion={#AppVersion}
; %LOCALAPPDATA%\Programs is where {autopf} points for a per-user install; named directly because
; wine (the Linux CI's install test) cannot expand {autopf}'s per-user folder.
DefaultDirName={localappdata}\Programs\Qadam
DefaultGroupName=Qadam
DisableProgramGroupPage=yes
DisableDirPage=auto
; Per user, without elevation and without an "all users" offer.
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Ask a running Qadam to close before its files are replaced (upgrade in place).
CloseApplications=yes
RestartApplications=no
UninstallDisplayIcon={app}\Qadam.exe
UninstallDisplayName=Qadam
OutputDir={#OutputDir}
OutputBaseFilename=qadam-setup-{#AppVersion}
Compression={#Compression}
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "kk"; MessagesFile: "Kazakh.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[InstallDelete]
; Shortcuts of an earlier install in another language go (the new ones are made below).
Type: files; Name: "{group}\*.lnk"
; An upgrade replaces the whole program folder's libraries: files of the old version that the
; new one no longer has (an older Qt plugin, say) must not be left to be loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\LICENSE"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\THIRD_PARTY_NOTICES.md"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\licenses\*.txt"; DestDir: "{app}\licenses"; Flags: ignoreversion

[Icons]
Name: "{group}\Qadam"; Filename: "{app}\Qadam.exe"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,Qadam}"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\Qadam.exe"; Description: "{cm:LaunchProgram,Qadam}"; Flags: nowait postinstall skipifsilent
