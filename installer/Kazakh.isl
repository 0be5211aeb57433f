; *** Inno Setup version 6.4.0+ Kazakh messages ***
;
; Translated for Qadam from the English messages (Default.isl), following the structure of
; Russian.isl of Inno Setup 6.4. Inno Setup ships no Kazakh file. Saved as UTF-8 with a byte
; order mark, so the Kazakh letters (ә ғ қ ң ө ұ ү һ і) need no code page.
;
; Note: When translating this text, do not add periods (.) to the end of
; messages that didn't have them already, because on those messages Inno
; Setup adds the periods automatically (appending a period would result in
; two periods being displayed).

[LangOptions]
; The following three entries are very important. Be sure to read and
; understand the '[LangOptions] section' topic in the help file.
LanguageName=Қазақ тілі
LanguageID=$043F
LanguageCodePage=0

[Messages]

; *** Application titles
SetupAppTitle=Орнату
SetupWindowTitle=Орнату — %1
UninstallAppTitle=Жою
UninstallAppFullTitle=%1 бағдарламасын жою

; *** Misc. common
InformationTitle=Ақпарат
ConfirmTitle=Растау
ErrorTitle=Қате

; *** SetupLdr messages
SetupLdrStartupMessage=Бұл бағдарлама компьютеріңізге %1 орнатады. Жалғастырасыз ба?
LdrCannotCreateTemp=Уақытша файл жасау мүмкін емес. Орнату тоқтатылды
LdrCannotExecTemp=Уақытша қалтадағы файлды іске қосу мүмкін емес. Орнату тоқтатылды
HelpTextNote=

; *** Startup error messages
LastErrorMessage=%1.%n%nҚате %2: %3
SetupFileMissing=Орнату қалтасында %1 файлы жоқ. Мәселені түзетіңіз немесе бағдарламаның жаңа көшірмесін алыңыз.
SetupFileCorrupt=Орнату файлдары бүлінген. Бағдарламаның жаңа көшірмесін алыңыз.
SetupFileCorruptOrWrongVer=Орнату файлдары бүлінген немесе орнату бағдарламасының осы нұсқасымен үйлеспейді. Мәселені түзетіңіз немесе бағдарламаның жаңа көшірмесін алыңыз.
InvalidParameter=Командалық жолда жарамсыз параметр бар:%n%n%1
SetupAlreadyRunning=Орнату бағдарламасы қазір іске қосулы.
WindowsVersionNotSupported=Бұл бағдарлама компьютеріңіздегі Windows нұсқасын қолдамайды.
WindowsServicePackRequired=Бұл бағдарламаға %1 Service Pack %2 немесе одан кейінгі нұсқасы қажет.
NotOnThisPlatform=Бұл бағдарлама %1 жүйесінде жұмыс істемейді.
OnlyOnThisPlatform=Бұл бағдарламаны тек %1 жүйесінде іске қосуға болады.
OnlyOnTheseArchitectures=Бұл бағдарламаны тек мына процессор архитектураларына арналған Windows нұсқаларына орнатуға болады:%n%n%1
WinVersionTooLowError=Бұл бағдарламаға %1 %2 немесе одан жоғары нұсқасы қажет.
WinVersionTooHighError=Бұл бағдарламаны %1 %2 немесе одан жоғары нұсқасына орнату мүмкін емес.
AdminPrivilegesRequired=Бұл бағдарламаны орнату үшін жүйеге әкімші ретінде кіру керек.
PowerUserPrivilegesRequired=Бұл бағдарламаны орнату үшін жүйеге әкімші немесе «Тәжірибелі пайдаланушылар» (Power Users) тобының мүшесі ретінде кіру керек.
SetupAppRunningError=Орнату бағдарламасы %1 қазір іске қосулы екенін анықтады.%n%nОның барлық терезелерін жабыңыз, содан кейін жалғастыру үшін «OK», шығу үшін «Бас тарту» түймесін басыңыз.
UninstallAppRunningError=Жою бағдарламасы %1 қазір іске қосулы екенін анықтады.%n%nОның барлық терезелерін жабыңыз, содан кейін жалғастыру үшін «OK», шығу үшін «Бас тарту» түймесін басыңыз.

; *** Startup questions
PrivilegesRequiredOverrideTitle=Орнату режимін таңдау
PrivilegesRequiredOverrideInstruction=Орнату режимін таңдаңыз
PrivilegesRequiredOverrideText1=%1 барлық пайдаланушыларға (әкімші құқықтары қажет) немесе тек сізге орнатылуы мүмкін.
PrivilegesRequiredOverrideText2=%1 тек сізге немесе барлық пайдаланушыларға (әкімші құқықтары қажет) орнатылуы мүмкін.
PrivilegesRequiredOverrideAllUsers=&Барлық пайдаланушыларға орнату
PrivilegesRequiredOverrideAllUsersRecommended=&Барлық пайдаланушыларға орнату (ұсынылады)
PrivilegesRequiredOverrideCurrentUser=Тек &маған орнату
PrivilegesRequiredOverrideCurrentUserRecommended=Тек &маған орнату (ұсынылады)

; *** Misc. errors
ErrorCreatingDir=Орнату бағдарламасы "%1" қалтасын жасай алмады
ErrorTooManyFilesInDir=«%1» қалтасында файл жасау мүмкін емес: онда файлдар тым көп

; *** Setup common messages
ExitSetupTitle=Орнатудан шығу
ExitSetupMessage=Орнату аяқталған жоқ. Қазір шықсаңыз, бағдарлама орнатылмайды.%n%nОрнатуды кейін орнату бағдарламасын қайта іске қосып аяқтай аласыз.%n%nОрнатудан шығасыз ба?
AboutSetupMenuItem=&Орнату бағдарламасы туралы...
AboutSetupTitle=Орнату бағдарламасы туралы
AboutSetupMessage=%1, %2 нұсқасы%n%3%n%n%1 сайты:%n%4
AboutSetupNote=
TranslatorNote=Қазақша аударма: Qadam жобасы

; *** Buttons
ButtonBack=< &Артқа
ButtonNext=&Келесі >
ButtonInstall=&Орнату
ButtonOK=OK
ButtonCancel=Бас тарту
ButtonYes=&Иә
ButtonYesToAll=&Барлығына иә
ButtonNo=&Жоқ
ButtonNoToAll=Б&арлығына жоқ
ButtonFinish=&Аяқтау
ButtonBrowse=&Шолу...
ButtonWizardBrowse=Ш&олу...
ButtonNewFolder=&Жаңа қалта

; *** "Select Language" dialog messages
SelectLanguageTitle=Орнату тілін таңдаңыз
SelectLanguageLabel=Орнату кезінде қолданылатын тілді таңдаңыз.

; *** Common wizard text
ClickNext=Жалғастыру үшін «Келесі», орнатудан шығу үшін «Бас тарту» түймесін басыңыз.
BeveledLabel=
BrowseDialogTitle=Қалтаны шолу
BrowseDialogLabel=Тізімнен қалтаны таңдап, «OK» түймесін басыңыз.
NewFolderName=Жаңа қалта

; *** "Welcome" wizard page
WelcomeLabel1=[name] орнату шеберіне қош келдіңіз
WelcomeLabel2=Бұл бағдарлама компьютеріңізге [name/ver] орнатады.%n%nЖалғастырмас бұрын басқа қолданбалардың бәрін жапқан жөн.

; *** "Password" wizard page
WizardPassword=Құпиясөз
PasswordLabel1=Бұл орнату құпиясөзбен қорғалған.
PasswordLabel3=Құпиясөзді енгізіп, «Келесі» түймесін басыңыз. Құпиясөздерде бас және кіші әріптер ажыратылады.
PasswordEditLabel=&Құпиясөз:
IncorrectPassword=Енгізілген құпиясөз қате. Қайталап көріңіз.

; *** "License Agreement" wizard page
WizardLicense=Лицензиялық келісім
LicenseLabel=Жалғастырмас бұрын мына маңызды ақпаратты оқыңыз.
LicenseLabel3=Мына лицензиялық келісімді оқыңыз. Орнатуды жалғастыру үшін келісімнің шарттарын қабылдауыңыз керек.
LicenseAccepted=Келісімнің шарттарын &қабылдаймын
LicenseNotAccepted=Келісімнің шарттарын қабылда&маймын

; *** "Information" wizard pages
WizardInfoBefore=Ақпарат
InfoBeforeLabel=Жалғастырмас бұрын мына маңызды ақпаратты оқыңыз.
InfoBeforeClickLabel=Орнатуды жалғастыруға дайын болғанда, «Келесі» түймесін басыңыз.
WizardInfoAfter=Ақпарат
InfoAfterLabel=Жалғастырмас бұрын мына маңызды ақпаратты оқыңыз.
InfoAfterClickLabel=Орнатуды жалғастыруға дайын болғанда, «Келесі» түймесін басыңыз.

; *** "User Information" wizard page
WizardUserInfo=Пайдаланушы туралы ақпарат
UserInfoDesc=Өзіңіз туралы мәліметтерді енгізіңіз.
UserInfoName=Пайдаланушының &аты-жөні:
UserInfoOrg=&Ұйым:
UserInfoSerial=&Сериялық нөмір:
UserInfoNameRequired=Атыңызды енгізуіңіз керек.

; *** "Select Destination Location" wizard page
WizardSelectDir=Орнату қалтасын таңдау
SelectDirDesc=[name] қай қалтаға орнатылсын?
SelectDirLabel3=Орнату бағдарламасы [name] бағдарламасын мына қалтаға орнатады.
SelectDirBrowseLabel=Жалғастыру үшін «Келесі» түймесін басыңыз. Басқа қалтаны таңдағыңыз келсе, «Шолу» түймесін басыңыз.
DiskSpaceGBLabel=Дискіде кемінде [gb] ГБ бос орын қажет.
DiskSpaceMBLabel=Дискіде кемінде [mb] МБ бос орын қажет.
CannotInstallToNetworkDrive=Желілік дискіге орнату мүмкін емес.
CannotInstallToUNCPath=UNC жолы бойынша қалтаға орнату мүмкін емес.
InvalidPath=Диск әрпі бар толық жолды енгізуіңіз керек, мысалы:%n%nC:\APP%n%nнемесе UNC түрінде:%n%n\\сервер_аты\ресурс_аты
InvalidDrive=Таңдалған диск немесе желілік жол жоқ немесе қолжетімсіз. Басқасын таңдаңыз.
DiskSpaceWarningTitle=Дискіде орын жеткіліксіз
DiskSpaceWarning=Орнатуға кемінде %1 КБ бос орын қажет, ал таңдалған дискіде тек %2 КБ бар.%n%nСонда да жалғастырасыз ба?
DirNameTooLong=Қалта атауы немесе оның жолы тым ұзын.
InvalidDirName=Қалта атауы жарамсыз.
BadDirName32=Қалта атауында мына таңбалар болмауы керек:%n%n%1
DirExistsTitle=Қалта бар
DirExists=Мына қалта:%n%n%1%n%nбұрыннан бар. Сонда да осы қалтаға орнатасыз ба?
DirDoesntExistTitle=Қалта жоқ
DirDoesntExist=Мына қалта:%n%n%1%n%nжоқ. Оны жасау керек пе?

; *** "Select Components" wizard page
WizardSelectComponents=Құрамдастарды таңдау
SelectComponentsDesc=Қай құрамдастар орнатылсын?
SelectComponentsLabel2=Орнатқыңыз келетін құрамдастарды белгілеңіз, қажет еместерінің белгісін алып тастаңыз. Жалғастыруға дайын болғанда, «Келесі» түймесін басыңыз.
FullInstallation=Толық орнату
; if possible don't translate 'Compact' as 'Minimal' (I mean 'Minimal' in your language)
CompactInstallation=Ықшам орнату
CustomInstallation=Таңдап орнату
NoUninstallWarningTitle=Құрамдастар бұрыннан бар
NoUninstallWarning=Орнату бағдарламасы мына құрамдастар компьютеріңізде бұрыннан орнатылғанын анықтады:%n%n%1%n%nОлардың белгісін алып тастау оларды жоймайды.%n%nСонда да жалғастырасыз ба?
ComponentSize1=%1 КБ
ComponentSize2=%1 МБ
ComponentsDiskSpaceGBLabel=Ағымдағы таңдауға дискіде кемінде [gb] ГБ орын қажет.
ComponentsDiskSpaceMBLabel=Ағымдағы таңдауға дискіде кемінде [mb] МБ орын қажет.

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=Қосымша тапсырмаларды таңдау
SelectTasksDesc=Қандай қосымша тапсырмалар орындалсын?
SelectTasksLabel2=[name] орнату кезінде орындалатын қосымша тапсырмаларды таңдап, «Келесі» түймесін басыңыз.

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=«Бастау» мәзіріндегі қалтаны таңдау
SelectStartMenuFolderDesc=Орнату бағдарламасы белгішелерді қайда орналастырсын?
SelectStartMenuFolderLabel3=Орнату бағдарламасы белгішелерді «Бастау» мәзірінің мына қалтасында жасайды.
SelectStartMenuFolderBrowseLabel=Жалғастыру үшін «Келесі» түймесін басыңыз. Басқа қалтаны таңдағыңыз келсе, «Шолу» түймесін басыңыз.
MustEnterGroupName=Қалта атауын енгізуіңіз керек.
GroupNameTooLong=Қалта атауы немесе оның жолы тым ұзын.
InvalidGroupName=Қалта атауы жарамсыз.
BadGroupName=Қалта атауында мына таңбалар болмауы керек:%n%n%1
NoProgramGroupCheck2=«Бастау» мәзірінде қалта &жасамау

; *** "Ready to Install" wizard page
WizardReady=Орнатуға дайын
ReadyLabel1=Орнату бағдарламасы компьютеріңізге [name] орнатуды бастауға дайын.
ReadyLabel2a=Орнатуды жалғастыру үшін «Орнату», параметрлерді қарап шығу немесе өзгерту үшін «Артқа» түймесін басыңыз.
ReadyLabel2b=Орнатуды жалғастыру үшін «Орнату» түймесін басыңыз.
ReadyMemoUserInfo=Пайдаланушы туралы ақпарат:
ReadyMemoDir=Орнату қалтасы:
ReadyMemoType=Орнату түрі:
ReadyMemoComponents=Таңдалған құрамдастар:
ReadyMemoGroup=«Бастау» мәзіріндегі қалта:
ReadyMemoTasks=Қосымша тапсырмалар:

; *** TDownloadWizardPage wizard page and DownloadTemporaryFile
DownloadingLabel=Қосымша файлдар жүктеліп жатыр...
ButtonStopDownload=Жүктеуді &тоқтату
StopDownload=Жүктеуді шынымен тоқтатасыз ба?
ErrorDownloadAborted=Жүктеу тоқтатылды
ErrorDownloadFailed=Жүктеу сәтсіз аяқталды: %1 %2
ErrorDownloadSizeFailed=Өлшемін алу сәтсіз аяқталды: %1 %2
ErrorFileHash1=Файл хэшін есептеу сәтсіз аяқталды: %1
ErrorFileHash2=Файл хэші қате: күтілгені %1, алынғаны %2
ErrorProgress=Орындалу қатесі: %1 / %2
ErrorFileSize=Файл өлшемі қате: күтілгені %1, алынғаны %2

; *** TExtractionWizardPage wizard page and Extract7ZipArchive
ExtractionLabel=Қосымша файлдар ашылып жатыр...
ButtonStopExtraction=Ашуды &тоқтату
StopExtraction=Ашуды шынымен тоқтатасыз ба?
ErrorExtractionAborted=Ашу тоқтатылды
ErrorExtractionFailed=Ашу сәтсіз аяқталды: %1

; *** "Preparing to Install" wizard page
WizardPreparing=Орнатуға дайындық
PreparingDesc=Орнату бағдарламасы компьютеріңізге [name] орнатуға дайындалып жатыр.
PreviousInstallNotCompleted=Алдыңғы бағдарламаны орнату немесе жою аяқталмаған. Оны аяқтау үшін компьютерді қайта іске қосу керек.%n%nКомпьютер қайта іске қосылғаннан кейін [name] орнатуды аяқтау үшін орнату бағдарламасын қайта іске қосыңыз.
CannotContinue=Орнатуды жалғастыру мүмкін емес. Шығу үшін «Бас тарту» түймесін басыңыз.
ApplicationsFound=Орнату бағдарламасы жаңартуы тиіс файлдарды мына қолданбалар пайдаланып отыр. Орнату бағдарламасына бұл қолданбаларды өзі жабуға рұқсат берген жөн.
ApplicationsFound2=Орнату бағдарламасы жаңартуы тиіс файлдарды мына қолданбалар пайдаланып отыр. Орнату бағдарламасына бұл қолданбаларды өзі жабуға рұқсат берген жөн. Орнату аяқталғаннан кейін орнату бағдарламасы оларды қайта іске қосуға тырысады.
CloseApplications=Бұл қолданбаларды &автоматты түрде жабу
DontCloseApplications=Бұл қолданбаларды &жаппау
ErrorCloseApplications=Орнату бағдарламасы барлық қолданбаларды автоматты түрде жаба алмады. Жалғастырмас бұрын жаңартылатын файлдарды пайдаланатын қолданбалардың бәрін жапқан жөн.
PrepareToInstallNeedsRestart=Орнату бағдарламасы компьютерді қайта іске қосуы керек. Компьютер қайта іске қосылғаннан кейін [name] орнатуды аяқтау үшін орнату бағдарламасын қайта іске қосыңыз.%n%nКомпьютерді қазір қайта іске қосасыз ба?

; *** "Installing" wizard page
WizardInstalling=Орнатылуда
InstallingLabel=[name] компьютеріңізге орнатылып жатыр, күте тұрыңыз.

; *** "Setup Completed" wizard page
FinishedHeadingLabel=[name] орнату шебері жұмысын аяқтауда
FinishedLabelNoIcons=[name] компьютеріңізге орнатылды.
FinishedLabel=[name] компьютеріңізге орнатылды. Бағдарламаны орнатылған белгішелер арқылы іске қосуға болады.
ClickFinish=Орнатудан шығу үшін «Аяқтау» түймесін басыңыз.
FinishedRestartLabel=[name] орнатуды аяқтау үшін компьютерді қайта іске қосу керек. Қазір қайта іске қосасыз ба?
FinishedRestartMessage=[name] орнатуды аяқтау үшін компьютерді қайта іске қосу керек.%n%nҚазір қайта іске қосасыз ба?
ShowReadmeCheck=Иә, README файлын көргім келеді
YesRadio=&Иә, компьютерді қазір қайта іске қосу
NoRadio=&Жоқ, компьютерді кейін өзім қайта іске қосамын
; used for example as 'Run MyProg.exe'
RunEntryExec=%1 іске қосу
; used for example as 'View Readme.txt'
RunEntryShellExec=%1 қарау

; *** "Setup Needs the Next Disk" stuff
ChangeDiskTitle=Келесі диск қажет
SelectDiskLabel2=%1 дискін салып, «OK» түймесін басыңыз.%n%nОсы дискідегі файлдар төменде көрсетілгеннен басқа қалтада болса, дұрыс жолды енгізіңіз немесе «Шолу» түймесін басыңыз.
PathLabel=&Жол:
FileNotInDir2="%1" файлы "%2" ішінде табылмады. Дұрыс дискіні салыңыз немесе басқа қалтаны таңдаңыз.
SelectDirectoryLabel=Келесі дискінің орнын көрсетіңіз.

; *** Installation phase messages
SetupAborted=Орнату аяқталған жоқ.%n%nМәселені түзетіп, орнатуды қайта іске қосыңыз.
AbortRetryIgnoreSelectAction=Әрекетті таңдаңыз
AbortRetryIgnoreRetry=&Қайталап көру
AbortRetryIgnoreIgnore=Қатені елемей, &жалғастыру
AbortRetryIgnoreCancel=Орнатудан бас тарту

; *** Installation status messages
StatusClosingApplications=Қолданбалар жабылып жатыр...
StatusCreateDirs=Қалталар жасалып жатыр...
StatusExtractFiles=Файлдар ашылып жатыр...
StatusCreateIcons=Белгішелер жасалып жатыр...
StatusCreateIniEntries=INI жазбалары жасалып жатыр...
StatusCreateRegistryEntries=Тізілім жазбалары жасалып жатыр...
StatusRegisterFiles=Файлдар тіркеліп жатыр...
StatusSavingUninstall=Жою ақпараты сақталып жатыр...
StatusRunProgram=Орнату аяқталып жатыр...
StatusRestartingApplications=Қолданбалар қайта іске қосылып жатыр...
StatusRollback=Өзгерістер кері қайтарылып жатыр...

; *** Misc. errors
ErrorInternal2=Ішкі қате: %1
ErrorFunctionFailedNoCode=%1 сәтсіз аяқталды
ErrorFunctionFailed=%1 сәтсіз аяқталды; коды %2
ErrorFunctionFailedWithMessage=%1 сәтсіз аяқталды; коды %2.%n%3
ErrorExecutingProgram=Файлды іске қосу мүмкін емес:%n%1

; *** Registry errors
ErrorRegOpenKey=Тізілім кілтін ашу қатесі:%n%1\%2
ErrorRegCreateKey=Тізілім кілтін жасау қатесі:%n%1\%2
ErrorRegWriteKey=Тізілім кілтіне жазу қатесі:%n%1\%2

; *** INI errors
ErrorIniEntry="%1" INI файлында жазба жасау қатесі.

; *** File copying errors
FileAbortRetryIgnoreSkipNotRecommended=Бұл файлды &өткізіп жіберу (ұсынылмайды)
FileAbortRetryIgnoreIgnoreNotRecommended=Қатені елемей, &жалғастыру (ұсынылмайды)
SourceIsCorrupted=Бастапқы файл бүлінген
SourceDoesntExist="%1" бастапқы файлы жоқ
ExistingFileReadOnly2=Бар файлды ауыстыру мүмкін емес: ол тек оқуға арналған деп белгіленген.
ExistingFileReadOnlyRetry=«Тек оқуға» белгісін &алып тастап, қайталап көру
ExistingFileReadOnlyKeepExisting=Бар файлды &қалдыру
ErrorReadingExistingDest=Бар файлды оқу кезінде қате шықты:
FileExistsSelectAction=Әрекетті таңдаңыз
FileExists2=Файл бұрыннан бар.
FileExistsOverwriteExisting=Бар файлды &ауыстыру
FileExistsKeepExisting=Бар файлды &сақтау
FileExistsOverwriteOrKeepAll=Келесі қайшылықтардың бәріне &осылай істеу
ExistingFileNewerSelectAction=Әрекетті таңдаңыз
ExistingFileNewer2=Бар файл орнатылатын файлдан жаңарақ.
ExistingFileNewerOverwriteExisting=Бар файлды &ауыстыру
ExistingFileNewerKeepExisting=Бар файлды &сақтау (ұсынылады)
ExistingFileNewerOverwriteOrKeepAll=Келесі қайшылықтардың бәріне &осылай істеу
ErrorChangingAttr=Бар файлдың атрибуттарын өзгерту кезінде қате шықты:
ErrorCreatingTemp=Мақсатты қалтада файл жасау кезінде қате шықты:
ErrorReadingSource=Бастапқы файлды оқу кезінде қате шықты:
ErrorCopying=Файлды көшіру кезінде қате шықты:
ErrorReplacingExistingFile=Бар файлды ауыстыру кезінде қате шықты:
ErrorRestartReplace=RestartReplace сәтсіз аяқталды:
ErrorRenamingTemp=Мақсатты қалтадағы файлдың атауын өзгерту кезінде қате шықты:
ErrorRegisterServer=DLL/OCX тіркеу мүмкін емес: %1
ErrorRegSvr32Failed=RegSvr32 сәтсіз аяқталды, шығу коды %1
ErrorRegisterTypeLib=Типтер кітапханасын тіркеу мүмкін емес: %1

; *** Uninstall display name markings
; used for example as 'My Program (32-bit)'
UninstallDisplayNameMark=%1 (%2)
; used for example as 'My Program (32-bit, All users)'
UninstallDisplayNameMarks=%1 (%2, %3)
UninstallDisplayNameMark32Bit=32 бит
UninstallDisplayNameMark64Bit=64 бит
UninstallDisplayNameMarkAllUsers=Барлық пайдаланушылар
UninstallDisplayNameMarkCurrentUser=Ағымдағы пайдаланушы

; *** Post-installation errors
ErrorOpeningReadme=README файлын ашу кезінде қате шықты.
ErrorRestartingComputer=Орнату бағдарламасы компьютерді қайта іске қоса алмады. Мұны өзіңіз жасаңыз.

; *** Uninstaller messages
UninstallNotFound="%1" файлы жоқ. Жою мүмкін емес.
UninstallOpenError="%1" файлын ашу мүмкін емес. Жою мүмкін емес
UninstallUnsupportedVer="%1" жою журналының пішімін жою бағдарламасының бұл нұсқасы танымайды. Жою мүмкін емес
UninstallUnknownEntry=Жою журналында белгісіз жазба (%1) кездесті
ConfirmUninstall=%1 бағдарламасын және оның барлық құрамдастарын шынымен жойғыңыз келе ме?
UninstallOnlyOnWin64=Бұл бағдарламаны тек 64 биттік Windows жүйесінде жоюға болады.
OnlyAdminCanUninstall=Бұл бағдарламаны тек әкімші құқықтары бар пайдаланушы жоя алады.
UninstallStatusLabel=%1 компьютеріңізден жойылып жатыр, күте тұрыңыз.
UninstalledAll=%1 компьютеріңізден толық жойылды.
UninstalledMost=%1 жою аяқталды.%n%nКейбір элементтерді жою мүмкін болмады. Оларды өзіңіз жоя аласыз.
UninstalledAndNeedsRestart=%1 жоюды аяқтау үшін компьютерді қайта іске қосу керек.%n%nҚазір қайта іске қосасыз ба?
UninstallDataCorrupted="%1" файлы бүлінген. Жою мүмкін емес

; *** Uninstallation phase messages
ConfirmDeleteSharedFileTitle=Ортақ файлды жою керек пе?
ConfirmDeleteSharedFile2=Жүйенің мәліметінше, мына ортақ файлды енді ешбір бағдарлама пайдаланбайды. Бұл ортақ файлды жою керек пе?%n%nОны әлі де пайдаланатын бағдарламалар болса, файл жойылғаннан кейін олар дұрыс жұмыс істемеуі мүмкін. Сенімді болмасаңыз, «Жоқ» түймесін басыңыз. Файлды қалдыру жүйеге зиян келтірмейді.
SharedFileNameLabel=Файл атауы:
SharedFileLocationLabel=Орны:
WizardUninstalling=Жою барысы
StatusUninstalling=%1 жойылып жатыр...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=%1 орнатылып жатыр.
ShutdownBlockReasonUninstallingApp=%1 жойылып жатыр.

; The custom messages below aren't used by Setup itself, but if you make
; use of them in your scripts, you'll want to translate them.

[CustomMessages]

NameAndVersion=%1, %2 нұсқасы
AdditionalIcons=Қосымша белгішелер:
CreateDesktopIcon=&Жұмыс үстелінде белгіше жасау
CreateQuickLaunchIcon=&Жылдам іске қосу тақтасында белгіше жасау
ProgramOnTheWeb=%1 интернетте
UninstallProgram=%1 бағдарламасын жою
LaunchProgram=%1 іске қосу
AssocFileExtension=%1 бағдарламасын %2 кеңейтімді файлдармен &байланыстыру
AssocingFileExtension=%1 бағдарламасы %2 кеңейтімді файлдармен байланыстырылып жатыр...
AutoStartProgramGroupDescription=Автоматты іске қосу:
AutoStartProgram=%1 автоматты түрде іске қосу
AddonHostProgramNotFound=%1 сіз таңдаған қалтада табылмады.%n%nСонда да жалғастырасыз ба?
