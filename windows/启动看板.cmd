@echo off
chcp 65001 >nul
rem 工会数据看板：双击本文件启动。读取本文件夹中“台账”里的表格，并在浏览器中打开 http://127.0.0.1:3000/
rem 看板运行期间请保持本窗口打开（可以最小化）；关闭本窗口即停止看板。
rem 本文件以 UTF-8（无 BOM）保存，第二行 chcp 65001 让命令提示符按 UTF-8 读取后面的中文。
title 工会数据看板
cd /d "%~dp0"
set "NODE=%~dp0程序\node.exe"
if not exist "%NODE%" set "NODE=node"

rem 看板已经在运行：直接打开浏览器
"%NODE%" "程序\windows\wait-for-dashboard.cjs" --now
if not errorlevel 1 (
  start "" http://127.0.0.1:3000/
  exit /b 0
)

rem 第一次使用：“台账”文件夹是空的，先放一份空白台账模板
if not exist "台账\" mkdir "台账"
dir /b "台账" 2>nul | findstr . >nul || "%NODE%" "程序\bin\union-dash.js" init "台账"

echo 正在启动工会数据看板，请稍候……
rem 看板开始接受访问后，在默认浏览器中打开它（在后台等待）
start "" /b cmd /c ""%NODE%" "程序\windows\wait-for-dashboard.cjs" && start "" http://127.0.0.1:3000/"
"%NODE%" "程序\bin\union-dash.js" serve "台账"
if errorlevel 1 pause
