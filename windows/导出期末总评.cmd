@echo off
chcp 65001 >nul
rem 导出期末总评：双击本文件，读取“台账”里的表格，生成本文件夹中的“期末总评.pdf”并打开它。
rem 需要本机装有 Microsoft Edge 或 Google Chrome（Windows 10/11 自带 Edge）。
rem 本文件以 UTF-8（无 BOM）保存，第二行 chcp 65001 让命令提示符按 UTF-8 读取后面的中文。
title 导出期末总评
cd /d "%~dp0"
set "NODE=%~dp0程序\node.exe"
if not exist "%NODE%" set "NODE=node"

echo 正在生成期末总评报告，请稍候……
"%NODE%" "程序\bin\union-dash.js" report "台账" --out "期末总评.pdf"
if errorlevel 1 (
  echo.
  echo 没有生成报告，原因见上面的说明。
  pause
  exit /b 1
)
start "" "期末总评.pdf"
