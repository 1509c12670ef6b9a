; Windows installer for Làng Nghề Studio (NSIS 3, Modern UI 2).
;
; makensis /DVERSION=0.1.0 /DSOURCE_DIR=..\..\dist\LangNgheStudio /DOUTFILE=..\..\dist\LangNgheStudio-0.1.0-setup.exe
;          [/DICON=..\..\_work\icon\app.ico] build\installer\studio.nsi
; (build/ci/windows.yml runs exactly this after `python build/build.py`.)
;
; Choices and where they come from:
; - Per-user install, no UAC prompt on a household PC: RequestExecutionLevel user, files under
;   $LOCALAPPDATA\Programs (Windows' per-user program files folder), uninstall entry in HKCU
;   -- NSIS example "install-per-user.nsi" (nsis.sourceforge.io/Examples/install-per-user.nsi).
; - Unicode true: the product name, shortcuts and an install path like
;   C:\Users\Nguyễn Văn A\... need Unicode strings (NSIS Reference, "Unicode" attribute).
; - Vietnamese first (default) and English, chosen in a language dialog that is remembered
;   -- Modern UI 2 readme, "Multilingual" / MUI_LANGDLL_DISPLAY.
; - The uninstaller keeps the user's data unless the (unticked) "delete my data" component is
;   ticked: Section /o on MUI_UNPAGE_COMPONENTS (NSIS Reference, "Section" /o switch).

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef SOURCE_DIR
  !define SOURCE_DIR "..\..\dist\LangNgheStudio"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\LangNgheStudio-${VERSION}-setup.exe"
!endif

!define APP_NAME "Làng Nghề Studio"
!define APP_ID "LangNgheStudio"
!define APP_EXE "LangNgheStudio.exe"
!define PUBLISHER "Làng Nghề Studio"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define SETTINGS_KEY "Software\${APP_ID}"
; platformdirs.user_data_dir("LangNgheStudio", appauthor=False, roaming=False) on Windows:
!define DATA_DIR "$LOCALAPPDATA\${APP_ID}"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_ID}"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} setup"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

!define MUI_ABORTWARNING
!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
; Remember the language picked in the first dialog for the uninstaller and for upgrades.
!define MUI_LANGDLL_REGISTRY_ROOT "HKCU"
!define MUI_LANGDLL_REGISTRY_KEY "${SETTINGS_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_ALLLANGUAGES

; ---- pages
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; ---- languages: the first one is the default
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString AppRunning ${LANG_VIETNAMESE} "${APP_NAME} đang mở. Hãy đóng ứng dụng rồi bấm Thử lại."
LangString AppRunning ${LANG_ENGLISH} "${APP_NAME} is running. Close it, then click Retry."
LangString SecProgram ${LANG_VIETNAMESE} "Gỡ chương trình"
LangString SecProgram ${LANG_ENGLISH} "Remove the program"
LangString SecData ${LANG_VIETNAMESE} "Xoá luôn dữ liệu của tôi (sản phẩm, video, bản sao lưu)"
LangString SecData ${LANG_ENGLISH} "Also delete my data (products, videos, backups)"
LangString DescProgram ${LANG_VIETNAMESE} "Gỡ ${APP_NAME} khỏi máy. Dữ liệu của bạn vẫn được giữ lại."
LangString DescProgram ${LANG_ENGLISH} "Removes ${APP_NAME}. Your data is kept."
LangString DescData ${LANG_VIETNAMESE} "Chỉ chọn khi bạn chắc chắn: danh mục, video và bản sao lưu sẽ bị xoá vĩnh viễn."
LangString DescData ${LANG_ENGLISH} "Only if you are sure: the catalog, videos and backups are deleted for good."

; ---- install
Function .onInit
  SetShellVarContext current
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "!${APP_NAME}" SecInstall
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; Upgrade: the running app locks its files; ask to close it instead of half-replacing them.
  retry:
  ClearErrors
  ${If} ${FileExists} "$INSTDIR\${APP_EXE}"
    Delete "$INSTDIR\${APP_EXE}"
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" IDRETRY retry
      Abort
    ${EndIf}
  ${EndIf}
  ; Files of an older version must not linger next to the new ones (PyInstaller's _internal).
  ; The user's data is elsewhere (${DATA_DIR}), or in $INSTDIR\data in portable mode: untouched.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$\"$INSTDIR\${APP_EXE}$\""
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" "$\"$INSTDIR\Uninstall.exe$\""
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" "$\"$INSTDIR\Uninstall.exe$\" /S"
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

; ---- uninstall
Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "un.$(SecProgram)" UnSecProgram
  SectionIn RO
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  ; Only what the installer put there: a portable-mode data folder in $INSTDIR survives.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegValue HKCU "${SETTINGS_KEY}" "InstallDir"
SectionEnd

Section /o "un.$(SecData)" UnSecData
  RMDir /r "${DATA_DIR}"
  RMDir /r "$INSTDIR\data"
  Delete "$INSTDIR\portable.txt"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
SectionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecProgram} "$(DescProgram)"
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecData} "$(DescData)"
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END
