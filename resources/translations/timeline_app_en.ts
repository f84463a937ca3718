<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DateWords</name>
    <message numerus="yes">
        <source>%n significant digit(s): some year in {span}, estimated as {year}.</source>
        <translation>
            <numerusform>%n significant digit: some year in {span}, estimated as {year}.</numerusform>
            <numerusform>%n significant digits: some year in {span}, estimated as {year}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceControls</name>
    <message numerus="yes">
        <source>Citing %Ln chosen source(s)</source>
        <translation>
            <numerusform>Citing %Ln chosen source</numerusform>
            <numerusform>Citing %Ln chosen sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message numerus="yes">
        <source>Exported %Ln event(s) as {format} to {path}</source>
        <translation>
            <numerusform>Exported %Ln event as {format} to {path}</numerusform>
            <numerusform>Exported %Ln events as {format} to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%Ln event(s) will open</source>
        <translation>
            <numerusform>%Ln event will open</numerusform>
            <numerusform>%Ln events will open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) left out</source>
        <translation>
            <numerusform>%Ln row left out</numerusform>
            <numerusform>%Ln rows left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineStatusBar</name>
    <message numerus="yes">
        <source>%Ln row(s) left out</source>
        <translation>
            <numerusform>%Ln row left out</numerusform>
            <numerusform>%Ln rows left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowFiles</name>
    <message numerus="yes">
        <source>{file} could not be opened (%Ln problem(s)).</source>
        <translation>
            <numerusform>{file} could not be opened (%Ln problem).</numerusform>
            <numerusform>{file} could not be opened (%Ln problems).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} could not be opened (%Ln problem(s)). The embedded dataset is shown instead.</source>
        <translation>
            <numerusform>{file} could not be opened (%Ln problem). The embedded dataset is shown instead.</numerusform>
            <numerusform>{file} could not be opened (%Ln problems). The embedded dataset is shown instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} could not be opened (%Ln problem(s)). The timeline already open is unchanged.</source>
        <translation>
            <numerusform>{file} could not be opened (%Ln problem). The timeline already open is unchanged.</numerusform>
            <numerusform>{file} could not be opened (%Ln problems). The timeline already open is unchanged.</numerusform>
        </translation>
    </message>
</context>
</TS>
