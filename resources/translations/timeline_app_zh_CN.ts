<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BandScrollBar</name>
    <message>
        <source>Scroll the category bands</source>
        <translation>滚动各类别条带</translation>
    </message>
</context>
<context>
    <name>CalendarBins</name>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>{year}第{quarter}季度</translation>
    </message>
    <message>
        <source>century</source>
        <translation>世纪</translation>
    </message>
    <message>
        <source>decade</source>
        <translation>十年</translation>
    </message>
    <message>
        <source>millennium</source>
        <translation>千年</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} 年</translation>
    </message>
</context>
<context>
    <name>CanvasTip</name>
    <message>
        <source>{count} events — click to zoom in</source>
        <translation>{count} 个事件——单击以放大</translation>
    </message>
    <message>
        <source>{count} more events span the whole view — click to see them</source>
        <translation>另有 {count} 个事件横跨整个视图——单击以查看</translation>
    </message>
</context>
<context>
    <name>Colouring</name>
    <message>
        <source>Confirmed</source>
        <translation>已证实</translation>
    </message>
    <message>
        <source>No confidence given</source>
        <translation>未注明可信度</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>无来源</translation>
    </message>
    <message>
        <source>Single source</source>
        <translation>单一来源</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>未核实</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>there is no column {name}; the columns are {columns}</source>
        <translation>没有名为 {name} 的列；现有的列为：{columns}</translation>
    </message>
    <message>
        <source>{name} is not a field; the fields are {fields}</source>
        <translation>{name} 不是字段；可用的字段为：{fields}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong inside {name}.

{message}</source>
        <translation>{name} 内部出现了错误。

{message}</translation>
    </message>
    <message>
        <source>{name}: internal error</source>
        <translation>{name}：内部错误</translation>
    </message>
</context>
<context>
    <name>CrashLog</name>
    <message>
        <source>internal error (a defect of timeline_app, not a problem with your file): {error}; no log could be written</source>
        <translation>内部错误（这是 timeline_app 自身的缺陷，不是文件的问题）：{error}；无法写入日志</translation>
    </message>
    <message>
        <source>internal error (a defect of timeline_app, not a problem with your file): {error}; the details are in {path}</source>
        <translation>内部错误（这是 timeline_app 自身的缺陷，不是文件的问题）：{error}；详细信息见 {path}</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>the CSV cannot be read there: {error}</source>
        <translation>此处的 CSV 无法读取：{error}</translation>
    </message>
    <message>
        <source>the file is empty: a spreadsheet of events needs a header row and a row per event</source>
        <translation>文件为空：事件电子表格需要一个表头行，且每个事件占一行</translation>
    </message>
    <message>
        <source>the file is not UTF-8 or Windows-1252 text: byte {byte} cannot be read</source>
        <translation>文件不是 UTF-8 或 Windows-1252 编码的文本：无法读取字节 {byte}</translation>
    </message>
    <message>
        <source>the file is not UTF-8: it was read as Windows-1252, so check its accented letters (save it as UTF-8 to be sure)</source>
        <translation>文件不是 UTF-8 编码：已按 Windows-1252 读取，请检查其中带重音符号的字母（另存为 UTF-8 即可确保无误）</translation>
    </message>
    <message>
        <source>the file is not {encoding} text: byte {byte} cannot be read</source>
        <translation>文件不是 {encoding} 编码的文本：无法读取字节 {byte}</translation>
    </message>
    <message>
        <source>this is a binary file, not text: it cannot be read as CSV</source>
        <translation>这是二进制文件，不是文本：无法作为 CSV 读取</translation>
    </message>
</context>
<context>
    <name>DateCells</name>
    <message>
        <source>{text} could be {day_first} or {month_first}: the file does not say whether the day or the month comes first, so write it as YYYY-MM-DD</source>
        <translation>{text} 既可能是 {day_first}，也可能是 {month_first}：文件没有说明日和月哪个在前，请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{text} is not a date the importer can read: write it as EDTF (2019-03-04, 2019-03, 1850~, 186X) or as a phrase such as &apos;March 2019&apos; or &apos;circa 1850&apos;</source>
        <translation>{text} 不是导入程序能识别的日期：请写成 EDTF（2019-03-04、2019-03、1850~、186X），或写成“2019年3月”“约1850年”这样的说法</translation>
    </message>
</context>
<context>
    <name>DateSyntax</name>
    <message>
        <source>EDTF does not use the character {char}</source>
        <translation>EDTF 不使用字符 {char}</translation>
    </message>
    <message>
        <source>EDTF times have seconds (hh:mm:ss): write the seconds, or give the day alone and the time in display_date</source>
        <translation>EDTF 的时间须带秒（hh:mm:ss）：请写出秒，或只给出日期，把时间写在 display_date 中</translation>
    </message>
    <message>
        <source>S{significant} asks for more significant digits than the {digits} of the year {year}</source>
        <translation>S{significant} 要求的有效数字多于年份 {year} 的 {digits} 位数字</translation>
    </message>
    <message>
        <source>T and Z are capitals</source>
        <translation>T 和 Z 须大写</translation>
    </message>
    <message>
        <source>Y is only for years of more than four digits: write {year}</source>
        <translation>Y 只用于超过四位数的年份：请写作 {year}</translation>
    </message>
    <message>
        <source>a Y year has no leading zeros</source>
        <translation>Y 年份不能有前导零</translation>
    </message>
    <message>
        <source>a Y year is a year alone: it takes no month or day</source>
        <translation>Y 年份只表示年份：不能带月或日</translation>
    </message>
    <message>
        <source>a Y year takes no ~, ? or %: give its significant digits with S instead (Y-17E7S2)</source>
        <translation>Y 年份不能带 ~、? 或 %：请改用 S 给出其有效数字（Y-17E7S2）</translation>
    </message>
    <message>
        <source>a season or sub-year grouping ({code}) has no day</source>
        <translation>季节或年内分组（{code}）不能带日</translation>
    </message>
    <message>
        <source>a season takes a whole year, without X</source>
        <translation>季节须配完整的年份，年份中不能有 X</translation>
    </message>
    <message>
        <source>a set has an empty member (two commas, or a comma at an end)</source>
        <translation>集合中有空成员（两个逗号相连，或逗号位于开头或结尾）</translation>
    </message>
    <message>
        <source>a set needs at least one member</source>
        <translation>集合至少要有一个成员</translation>
    </message>
    <message>
        <source>a set opened with {opening} closes with {closing}, once</source>
        <translation>以 {opening} 开始的集合须以 {closing} 结束，且只能闭合一次</translation>
    </message>
    <message>
        <source>a time is written hh:mm:ss, with colons</source>
        <translation>时间写作 hh:mm:ss，须带冒号</translation>
    </message>
    <message>
        <source>a time of day follows a whole date YYYY-MM-DD, without X or qualifiers</source>
        <translation>时刻须跟在完整的日期 YYYY-MM-DD 之后，且日期中不能有 X 或限定符</translation>
    </message>
    <message>
        <source>a year of more than four digits needs the Y prefix, e.g. Y12345</source>
        <translation>超过四位数的年份须加前缀 Y，例如 Y12345</translation>
    </message>
    <message>
        <source>a year takes no + sign</source>
        <translation>年份不带 + 号</translation>
    </message>
    <message>
        <source>an interval has exactly one &apos;/&apos;</source>
        <translation>区间中只能有一个 &apos;/&apos;</translation>
    </message>
    <message>
        <source>an interval needs at least one known end</source>
        <translation>区间至少要有一端是已知的</translation>
    </message>
    <message>
        <source>an offset is Z, ±hh or ±hh:mm, and nothing follows it</source>
        <translation>时区偏移写作 Z、±hh 或 ±hh:mm，其后不能再有内容</translation>
    </message>
    <message>
        <source>an offset&apos;s minutes run from 00 to 59, not {minutes}</source>
        <translation>时区偏移的分钟应在 00 到 59 之间，不能是 {minutes}</translation>
    </message>
    <message>
        <source>expected YYYY, YYYY-MM or YYYY-MM-DD (optionally with ~, ? or %), a date-time YYYY-MM-DDThh:mm:ss, an interval A/B or a set [A,B]</source>
        <translation>应为 YYYY、YYYY-MM 或 YYYY-MM-DD（可带 ~、? 或 %），日期时间 YYYY-MM-DDThh:mm:ss，区间 A/B 或集合 [A,B]</translation>
    </message>
    <message>
        <source>expected a date string, got {kind}</source>
        <translation>应为日期字符串，实际为 {kind}</translation>
    </message>
    <message>
        <source>expected a time hh:mm:ss after T, then Z or an offset ±hh:mm</source>
        <translation>T 之后应为时间 hh:mm:ss，其后可接 Z 或时区偏移 ±hh:mm</translation>
    </message>
    <message>
        <source>hours run from 00 to 23, not {hour}</source>
        <translation>小时应在 00 到 23 之间，不能是 {hour}</translation>
    </message>
    <message>
        <source>it has a space in it, and EDTF allows none, not even in a set: write {fixed}</source>
        <translation>其中有空格，而 EDTF 不允许任何空格，集合中也不行：请写作 {fixed}</translation>
    </message>
    <message>
        <source>it has spaces around it</source>
        <translation>首尾有空格</translation>
    </message>
    <message>
        <source>it is an ISO ordinal date (day of the year), which EDTF does not have: give the month and day</source>
        <translation>这是 ISO 序数日期（一年中的第几天），EDTF 没有这种写法：请给出月和日</translation>
    </message>
    <message>
        <source>it is an ISO week date, which EDTF does not have: give the day, e.g. 2024-01-01</source>
        <translation>这是 ISO 周日期，EDTF 没有这种写法：请给出具体日期，例如 2024-01-01</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>内容为空</translation>
    </message>
    <message>
        <source>it is in ISO basic format: write the hyphens, YYYY-MM-DD</source>
        <translation>这是 ISO 基本格式：请写出连字符，即 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>minutes run from 00 to 59, not {minute}</source>
        <translation>分钟应在 00 到 59 之间，不能是 {minute}</translation>
    </message>
    <message>
        <source>months and days take two digits, e.g. 2024-04 or 2024-04-05</source>
        <translation>月和日须写两位数，例如 2024-04 或 2024-04-05</translation>
    </message>
    <message>
        <source>no calendar date matches {text}</source>
        <translation>日历上没有与 {text} 相符的日期</translation>
    </message>
    <message>
        <source>no day matches {pattern}</source>
        <translation>没有与 {pattern} 相符的日</translation>
    </message>
    <message>
        <source>no month matches {pattern}</source>
        <translation>没有与 {pattern} 相符的月份</translation>
    </message>
    <message>
        <source>only the first member of a set may start with &apos;..&apos;</source>
        <translation>只有集合的第一个成员可以以 &apos;..&apos; 开头</translation>
    </message>
    <message>
        <source>only the last member of a set may end with &apos;..&apos;</source>
        <translation>只有集合的最后一个成员可以以 &apos;..&apos; 结尾</translation>
    </message>
    <message>
        <source>seconds run from 00 to 59, not {second}</source>
        <translation>秒应在 00 到 59 之间，不能是 {second}</translation>
    </message>
    <message>
        <source>seconds run from 00 to 59, not {second} (leap seconds are not placed)</source>
        <translation>秒应在 00 到 59 之间，不能是 {second}（闰秒无法在时间线上标出）</translation>
    </message>
    <message>
        <source>significant digits (S) go on a year alone</source>
        <translation>有效数字（S）只能用于单独的年份</translation>
    </message>
    <message>
        <source>significant digits (S) go on a year alone, without X</source>
        <translation>有效数字（S）只能用于单独的年份，且年份中不能有 X</translation>
    </message>
    <message>
        <source>the 2012 draft grouped with parentheses: put the qualifier before the component instead, e.g. 2004-?06-11</source>
        <translation>用括号分组是 2012 年草案的写法：请改为把限定符放在所限定的部分之前，例如 2004-?06-11</translation>
    </message>
    <message>
        <source>the 2012 draft&apos;s keywords: leave an unknown end empty (1985/) and write an open end as .. (1985/..)</source>
        <translation>这是 2012 年草案的关键字：未知的一端请留空（1985/），开放的一端请写作 ..（1985/..）</translation>
    </message>
    <message>
        <source>the 2012 draft&apos;s qualified season: for the southern hemisphere use the codes 29-32</source>
        <translation>这是 2012 年草案中带限定的季节：南半球的季节请用代码 29-32</translation>
    </message>
    <message>
        <source>the ends of {member} have different precisions</source>
        <translation>{member} 两端的精度不同</translation>
    </message>
    <message>
        <source>the exponent E{exponent} is beyond the years this app can place</source>
        <translation>指数 E{exponent} 超出了本程序能在时间线上标出的年份范围</translation>
    </message>
    <message>
        <source>the interval ends before it starts</source>
        <translation>区间的结束早于开始</translation>
    </message>
    <message>
        <source>the offset {zone} is outside -12:00 to +14:00</source>
        <translation>时区偏移 {zone} 超出了 -12:00 到 +14:00 的范围</translation>
    </message>
    <message>
        <source>the sign of a Y year goes after the Y: Y-170000002</source>
        <translation>Y 年份的正负号写在 Y 之后：Y-170000002</translation>
    </message>
    <message>
        <source>there is no day {day}</source>
        <translation>没有 {day} 日</translation>
    </message>
    <message>
        <source>there is no month {number}</source>
        <translation>没有 {number} 月</translation>
    </message>
    <message>
        <source>there is no month {number} (seasons are 21-41)</source>
        <translation>没有 {number} 月（季节代码为 21-41）</translation>
    </message>
    <message>
        <source>u for an unspecified digit is the 2012 draft&apos;s: write X</source>
        <translation>用 u 表示未指明的数字是 2012 年草案的写法：请写作 X</translation>
    </message>
    <message>
        <source>write % for uncertain and approximate together</source>
        <translation>既存疑又是约数时，请写作 %</translation>
    </message>
    <message>
        <source>write Y, E and S in capitals (Y-17E7, 1950S2)</source>
        <translation>Y、E 和 S 须大写（Y-17E7、1950S2）</translation>
    </message>
    <message>
        <source>write an unspecified digit as a capital X</source>
        <translation>未指明的数字请写作大写的 X</translation>
    </message>
    <message>
        <source>year zero has no sign: write 0000 (1 BCE)</source>
        <translation>0 年不带正负号：请写作 0000（公元前 1 年）</translation>
    </message>
    <message>
        <source>year {year:,} is further than {limit:,} years from year 0, the furthest this app can place</source>
        <translation>{year:,} 年距 0 年超过了本程序在时间线上能标出的最远距离 {limit:,} 年</translation>
    </message>
    <message>
        <source>years take four digits: 0044 is 44 CE, -0043 is 44 BCE</source>
        <translation>年份须写四位数：0044 是公元 44 年，-0043 是公元前 44 年</translation>
    </message>
    <message>
        <source>{char} is not an ASCII digit: write the digits 0-9</source>
        <translation>{char} 不是 ASCII 数字：请使用数字 0-9</translation>
    </message>
    <message>
        <source>{member} ends before it starts</source>
        <translation>{member} 的结束早于开始</translation>
    </message>
    <message>
        <source>{member} is not a set member: write a..b, ..b or a..</source>
        <translation>{member} 不是有效的集合成员：请写作 a..b、..b 或 a..</translation>
    </message>
    <message>
        <source>{month} {year} ({bce} BCE) has {days} days, so there is no day {day}</source>
        <translation>{year} 年（公元前 {bce} 年）{number} 月只有 {days} 天，没有 {day} 日</translation>
    </message>
    <message>
        <source>{month} {year} has {days} days, so there is no day {day}</source>
        <translation>{year} 年 {number} 月只有 {days} 天，没有 {day} 日</translation>
    </message>
    <message>
        <source>{text} is not a date: {reason}</source>
        <translation>{text} 不是日期：{reason}</translation>
    </message>
    <message>
        <source>{year} ({bce} BCE) is not a leap year</source>
        <translation>{year} 年（公元前 {bce} 年）不是闰年</translation>
    </message>
    <message>
        <source>{year} is not a leap year</source>
        <translation>{year} 年不是闰年</translation>
    </message>
</context>
<context>
    <name>DateWords</name>
    <message>
        <source> ({qualifiers})</source>
        <translation>（{qualifiers}）</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message numerus="yes">
        <source>%n significant digit(s): some year in {span}, estimated as {year}.</source>
        <translation>
            <numerusform>%n 位有效数字：{span}之间的某一年，估计为{year}。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>AD {year}</source>
        <translation>公元{year}年</translation>
    </message>
    <message>
        <source>An empty end is unknown: there is one, but no source gives it.</source>
        <translation>空缺的一端表示未知：这一端存在，但没有来源给出。</translation>
    </message>
    <message>
        <source>An end written &apos;..&apos; is open: no bound is given, and there may be none.</source>
        <translation>写作“..”的一端是开放的：没有给出界限，也可能根本没有界限。</translation>
    </message>
    <message>
        <source>Autumn</source>
        <translation>秋季</translation>
    </message>
    <message>
        <source>Autumn (northern hemisphere)</source>
        <translation>秋季（北半球）</translation>
    </message>
    <message>
        <source>Autumn (southern hemisphere)</source>
        <translation>秋季（南半球）</translation>
    </message>
    <message>
        <source>Every member is part of the date.</source>
        <translation>每一项都是该日期的一部分。</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>上半年</translation>
    </message>
    <message>
        <source>First third</source>
        <translation>前三分之一</translation>
    </message>
    <message>
        <source>Last third</source>
        <translation>后三分之一</translation>
    </message>
    <message>
        <source>No time zone was given: the time is placed as written.</source>
        <translation>未给出时区：按所写的时间放置。</translation>
    </message>
    <message>
        <source>One of the members is the date; the others are alternatives.</source>
        <translation>其中一项是该日期，其余为备选。</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>第一季度</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>第二季度</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>第三季度</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>第四季度</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>下半年</translation>
    </message>
    <message>
        <source>Second third</source>
        <translation>中间三分之一</translation>
    </message>
    <message>
        <source>Spring</source>
        <translation>春季</translation>
    </message>
    <message>
        <source>Spring (northern hemisphere)</source>
        <translation>春季（北半球）</translation>
    </message>
    <message>
        <source>Spring (southern hemisphere)</source>
        <translation>春季（南半球）</translation>
    </message>
    <message>
        <source>Summer</source>
        <translation>夏季</translation>
    </message>
    <message>
        <source>Summer (northern hemisphere)</source>
        <translation>夏季（北半球）</translation>
    </message>
    <message>
        <source>Summer (southern hemisphere)</source>
        <translation>夏季（南半球）</translation>
    </message>
    <message>
        <source>Winter</source>
        <translation>冬季</translation>
    </message>
    <message>
        <source>Winter (northern hemisphere)</source>
        <translation>冬季（北半球）</translation>
    </message>
    <message>
        <source>Winter (southern hemisphere)</source>
        <translation>冬季（南半球）</translation>
    </message>
    <message>
        <source>Written at UTC{offset}; placed at {place}.</source>
        <translation>按 UTC{offset} 书写；放置于 {place}。</translation>
    </message>
    <message>
        <source>X marks an unspecified digit: {text} allows any date in {span}.</source>
        <translation>X 表示未指明的数字：{text} 可以是 {span} 之间的任何日期。</translation>
    </message>
    <message>
        <source>a day matching {text} in {years}</source>
        <translation>{years}中符合 {text} 的某一天</translation>
    </message>
    <message>
        <source>all of: {members}</source>
        <translation>全部：{members}</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <source>approx.</source>
        <translation>约</translation>
    </message>
    <message>
        <source>day</source>
        <comment>a date&apos;s component</comment>
        <translation>日</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>自{date}起</translation>
    </message>
    <message>
        <source>from {date}, end unknown</source>
        <translation>自{date}起，终点未知</translation>
    </message>
    <message>
        <source>month</source>
        <comment>a date&apos;s component</comment>
        <translation>月份</translation>
    </message>
    <message>
        <source>one of: {members}</source>
        <translation>其中之一：{members}</translation>
    </message>
    <message>
        <source>some day in {month} {years}</source>
        <translation>{years}{number}月中的某一天</translation>
    </message>
    <message>
        <source>some day in {month}, some year in {years}</source>
        <translation>{years}中某一年{number}月的某一天</translation>
    </message>
    <message>
        <source>some day in {years}</source>
        <translation>{years}中的某一天</translation>
    </message>
    <message>
        <source>some month in {first}–{last} {years}</source>
        <translation>{years}{number}月至{last_number}月中的某个月</translation>
    </message>
    <message>
        <source>some month in {years}</source>
        <translation>{years}中的某个月</translation>
    </message>
    <message>
        <source>some year in {years}</source>
        <translation>{years}中的某一年</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>存疑</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>至{date}</translation>
    </message>
    <message>
        <source>until {date}, start unknown</source>
        <translation>至{date}，起点未知</translation>
    </message>
    <message>
        <source>year</source>
        <comment>a date&apos;s component</comment>
        <translation>年份</translation>
    </message>
    <message>
        <source>{components} approx.</source>
        <translation>{components}为约数</translation>
    </message>
    <message>
        <source>{components} uncertain</source>
        <translation>{components}存疑</translation>
    </message>
    <message>
        <source>{date} or earlier</source>
        <translation>{date}或更早</translation>
    </message>
    <message>
        <source>{date} or later</source>
        <translation>{date}或更晚</translation>
    </message>
    <message>
        <source>{day} {clock} (UTC{offset})</source>
        <translation>{day} {clock}（UTC{offset}）</translation>
    </message>
    <message>
        <source>{day} {clock} (local time, no zone)</source>
        <translation>{day} {clock}（当地时间，无时区）</translation>
    </message>
    <message>
        <source>{day} {clock} UTC</source>
        <translation>{day} {clock} UTC</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{year}{number}月{day}日</translation>
    </message>
    <message>
        <source>{day} {month}, some year in {years}</source>
        <translation>{years}中某一年的{number}月{day}日</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first}至{last}</translation>
    </message>
    <message>
        <source>{first} {month} – {last} {last_month} {year}</source>
        <translation>{year}{number}月{first}日至{last_number}月{last}日</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>{first} – …</source>
        <translation>{first} – …</translation>
    </message>
    <message>
        <source>{first}–{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>{first}–{last} {month} {year}</source>
        <translation>{year}{number}月{first}日至{last}日</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>a month</comment>
        <translation>{year}{number}月</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>a short month</comment>
        <translation>{year}{number}月</translation>
    </message>
    <message>
        <source>{month}, some year in {years}</source>
        <translation>{years}中某一年的{number}月</translation>
    </message>
    <message>
        <source>{season} is read as {first}–{last} (into the next year).</source>
        <translation>{season}按{first_number}月至{last_number}月理解（跨入次年）。</translation>
    </message>
    <message>
        <source>{season} is read as {first}–{last}.</source>
        <translation>{season}按{first_number}月至{last_number}月理解。</translation>
    </message>
    <message>
        <source>{season} {year}</source>
        <translation>{year}{season}</translation>
    </message>
    <message>
        <source>{year}</source>
        <comment>a year</comment>
        <translation>{year}年</translation>
    </message>
    <message>
        <source>{year}</source>
        <comment>an astronomical year</comment>
        <translation>{year}年</translation>
    </message>
    <message>
        <source>{year} BC</source>
        <translation>公元前{year}年</translation>
    </message>
    <message>
        <source>{year} BCE</source>
        <translation>公元前{year}年</translation>
    </message>
    <message>
        <source>{year} CE</source>
        <translation>公元{year}年</translation>
    </message>
    <message>
        <source>… – {last}</source>
        <translation>… – {last}</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Actors: {values}</source>
        <translation>人物与机构：{values}</translation>
    </message>
    <message>
        <source>Alternative dates</source>
        <translation>其他日期说法</translation>
    </message>
    <message>
        <source>Author: {author}</source>
        <translation>作者：{author}</translation>
    </message>
    <message>
        <source>Confidence: {level}</source>
        <translation>可信度：{level}</translation>
    </message>
    <message>
        <source>Date read from text: the file wrote it in words, and the app read them as the date above.</source>
        <translation>从文字读取的日期：文件以文字写出此日期，本应用将其读作上面的日期。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>事件详情</translation>
    </message>
    <message>
        <source>Event details panel</source>
        <translation>事件详情面板</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Locator: {locator}</source>
        <translation>出处：{locator}</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>其他字段</translation>
    </message>
    <message>
        <source>Places: {values}</source>
        <translation>地点：{values}</translation>
    </message>
    <message>
        <source>Published: {date}</source>
        <translation>发布日期：{date}</translation>
    </message>
    <message>
        <source>Read as: {date}</source>
        <translation>读作：{date}</translation>
    </message>
    <message>
        <source>Select an event to see its details</source>
        <translation>选择一个事件以查看其详情</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Span: {span}</source>
        <translation>跨度：{span}</translation>
    </message>
    <message>
        <source>Summary translated by the dataset&apos;s authors.</source>
        <translation>摘要由数据集作者翻译。</translation>
    </message>
    <message>
        <source>Tags: {values}</source>
        <translation>标签：{values}</translation>
    </message>
    <message>
        <source>Title and summary translated by the dataset&apos;s authors; not an official title.</source>
        <translation>标题和摘要由数据集作者翻译，并非官方标题。</translation>
    </message>
    <message>
        <source>Title translated by the dataset&apos;s authors; not an official title.</source>
        <translation>标题由数据集作者翻译，并非官方标题。</translation>
    </message>
    <message>
        <source>an end unknown</source>
        <translation>一端未知</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>约略</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已证实</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>一端开放</translation>
    </message>
    <message>
        <source>single-source</source>
        <translation>单一来源</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>存疑</translation>
    </message>
    <message>
        <source>unspecified digits</source>
        <translation>数位未指明</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}：{value}</translation>
    </message>
    <message>
        <source>{title}, {date}</source>
        <translation>{title}，{date}</translation>
    </message>
</context>
<context>
    <name>EventFilter</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <source>Categories: {labels}</source>
        <translation>类别：{labels}</translation>
    </message>
    <message>
        <source>confidence: {levels}</source>
        <translation>可信度：{levels}</translation>
    </message>
    <message>
        <source>dates: {forms}</source>
        <translation>日期：{forms}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>自 {start} 起</translation>
    </message>
    <message>
        <source>from {start}, the whole date within</source>
        <translation>自 {start} 起，日期完全位于其中</translation>
    </message>
    <message>
        <source>no dates read from text</source>
        <translation>不含从文字读出的日期</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>only dates read from text</source>
        <translation>仅限从文字读出的日期</translation>
    </message>
    <message>
        <source>resting on one source</source>
        <translation>仅依据单一来源</translation>
    </message>
    <message>
        <source>search &quot;{text}&quot;</source>
        <translation>搜索“{text}”</translation>
    </message>
    <message>
        <source>sources: {titles}</source>
        <translation>来源：{titles}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>至 {end}</translation>
    </message>
    <message>
        <source>until {end}, the whole date within</source>
        <translation>至 {end}，日期完全位于其中</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>{start} to {end}, the whole date within</source>
        <translation>{start} 至 {end}，日期完全位于其中</translation>
    </message>
</context>
<context>
    <name>EventList</name>
    <message>
        <source>Event list</source>
        <translation>事件列表</translation>
    </message>
    <message>
        <source>Shown events with their dates; Enter shows details</source>
        <translation>所显示的事件及其日期；按 Enter 键查看详情</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>{title}, {date}, {category}</source>
        <translation>{title}，{date}，{category}</translation>
    </message>
</context>
<context>
    <name>EventMenu</name>
    <message>
        <source>&amp;Zoom to Event</source>
        <translation>缩放至事件(&amp;Z)</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Actions for {title}</source>
        <translation>针对“{title}”的操作</translation>
    </message>
    <message>
        <source>Copy &amp;Title and Date</source>
        <translation>复制标题和日期(&amp;T)</translation>
    </message>
    <message>
        <source>Copy as &amp;Citation</source>
        <translation>复制为引用(&amp;C)</translation>
    </message>
    <message>
        <source>no source cited</source>
        <translation>未引用来源</translation>
    </message>
    <message>
        <source>{title_and_date} (EDTF {edtf}). Sources: {sources}.</source>
        <translation>{title_and_date}（EDTF {edtf}）。来源：{sources}。</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>a day</source>
        <translation>某一天</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>某个月</translation>
    </message>
    <message>
        <source>a season, quarter or other part of a year</source>
        <translation>季节、季度或一年中的其他部分</translation>
    </message>
    <message>
        <source>a set of dates (one of, or all of)</source>
        <translation>日期集合（其中之一或全部）</translation>
    </message>
    <message>
        <source>a time of day</source>
        <translation>一天中的某个时刻</translation>
    </message>
    <message>
        <source>a year (or coarser, such as a decade)</source>
        <translation>某一年（或更粗略，如某个十年）</translation>
    </message>
    <message>
        <source>alternative dates that sources give</source>
        <translation>来源给出的其他日期说法</translation>
    </message>
    <message>
        <source>alternatives</source>
        <comment>a date form</comment>
        <translation>其他说法</translation>
    </message>
    <message>
        <source>an interval with both ends known</source>
        <translation>两端都已知的区间</translation>
    </message>
    <message>
        <source>approximate</source>
        <comment>a date form</comment>
        <translation>约略</translation>
    </message>
    <message>
        <source>approximate (~)</source>
        <translation>约略（~）</translation>
    </message>
    <message>
        <source>bounded on one side only (open or unknown end)</source>
        <translation>仅一侧有界（一端开放或未知）</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已证实</translation>
    </message>
    <message>
        <source>day</source>
        <comment>a date form</comment>
        <translation>日</translation>
    </message>
    <message>
        <source>interval</source>
        <comment>a date form</comment>
        <translation>区间</translation>
    </message>
    <message>
        <source>month</source>
        <comment>a date form</comment>
        <translation>月</translation>
    </message>
    <message>
        <source>one-bound</source>
        <comment>a date form</comment>
        <translation>单侧有界</translation>
    </message>
    <message>
        <source>season</source>
        <comment>a date form</comment>
        <translation>季节</translation>
    </message>
    <message>
        <source>set</source>
        <comment>a date form</comment>
        <translation>日期集合</translation>
    </message>
    <message>
        <source>single-source</source>
        <translation>单一来源</translation>
    </message>
    <message>
        <source>time</source>
        <comment>a date form</comment>
        <translation>时刻</translation>
    </message>
    <message>
        <source>uncertain</source>
        <comment>a date form</comment>
        <translation>存疑</translation>
    </message>
    <message>
        <source>uncertain (?)</source>
        <translation>存疑（?）</translation>
    </message>
    <message>
        <source>unset</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>unspecified</source>
        <comment>a date form</comment>
        <translation>未指明</translation>
    </message>
    <message>
        <source>unspecified digits (199X)</source>
        <translation>含未指明的数字（199X）</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <source>year</source>
        <comment>a date form</comment>
        <translation>年</translation>
    </message>
</context>
<context>
    <name>EvidenceControls</name>
    <message numerus="yes">
        <source>Citing %Ln chosen source(s)</source>
        <translation>
            <numerusform>引用所选的 %Ln 个来源</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已证实</translation>
    </message>
    <message>
        <source>Date forms</source>
        <translation>日期形式</translation>
    </message>
    <message>
        <source>Date forms shown</source>
        <translation>显示的日期形式</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>Only events that cite a single source</source>
        <translation>仅显示只引用一个来源的事件</translation>
    </message>
    <message>
        <source>Rests on &amp;one source</source>
        <translation>仅依据一个来源(&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;All Forms</source>
        <translation>显示所有形式(&amp;A)</translation>
    </message>
    <message>
        <source>Show confirmed events</source>
        <translation>显示已证实的事件</translation>
    </message>
    <message>
        <source>Show not given events</source>
        <translation>显示未注明可信度的事件</translation>
    </message>
    <message>
        <source>Show single source events</source>
        <translation>显示单一来源的事件</translation>
    </message>
    <message>
        <source>Show the events of every source</source>
        <translation>显示所有来源的事件</translation>
    </message>
    <message>
        <source>Show unverified events</source>
        <translation>显示未核实的事件</translation>
    </message>
    <message>
        <source>Single source</source>
        <translation>单一来源</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <source>all ▾</source>
        <translation>全部 ▾</translation>
    </message>
    <message>
        <source>{shown} of {total} ▾</source>
        <translation>{shown}/{total} ▾</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Copy Image</source>
        <translation>复制图像(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export Image…</source>
        <translation>导出图像(&amp;E)…</translation>
    </message>
    <message>
        <source>CSV table ({patterns})</source>
        <translation>CSV 表格 ({patterns})</translation>
    </message>
    <message>
        <source>Copied the view to the clipboard as an image of {width} × {height}</source>
        <translation>已将视图以 {width} × {height} 的图像复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy the view as an image</source>
        <translation>将当前视图复制为图像</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>导出数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export the shown events as CSV or JSON</source>
        <translation>将显示的事件导出为 CSV 或 JSON</translation>
    </message>
    <message>
        <source>Export the timeline as a PNG, SVG or PDF image</source>
        <translation>将时间线导出为 PNG、SVG 或 PDF 图像</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln event(s) as {format} to {path}</source>
        <translation>
            <numerusform>已将 %Ln 个事件以 {format} 格式导出到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {width} × {height} to {path}</source>
        <translation>已将 {width} × {height} 的图像导出到 {path}</translation>
    </message>
    <message>
        <source>JSON timeline ({patterns})</source>
        <translation>JSON 时间线 ({patterns})</translation>
    </message>
    <message>
        <source>The data could not be exported.</source>
        <translation>无法导出数据。</translation>
    </message>
    <message>
        <source>The image could not be exported.</source>
        <translation>无法导出图像。</translation>
    </message>
    <message>
        <source>window {start} to {end}</source>
        <translation>时间窗口 {start} 至 {end}</translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <source>2× (sharper PNG)</source>
        <translation>2×（PNG 更清晰）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Current view ({width} × {height})</source>
        <translation>当前视图（{width} × {height}）</translation>
    </message>
    <message>
        <source>Custom:</source>
        <translation>自定义：</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Name the file to write, such as timeline.png.</source>
        <translation>请填写要写入的文件名，例如 timeline.png。</translation>
    </message>
    <message>
        <source>PDF document ({patterns})</source>
        <translation>PDF 文档 ({patterns})</translation>
    </message>
    <message>
        <source>PNG image ({patterns})</source>
        <translation>PNG 图像 ({patterns})</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>SVG image ({patterns})</source>
        <translation>SVG 图像 ({patterns})</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>倍率</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>倍率：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>The dataset&apos;s title</source>
        <translation>数据集的标题</translation>
    </message>
    <message>
        <source>The format follows the file name&apos;s extension: use {extensions}.</source>
        <translation>格式由文件扩展名决定：请使用 {extensions}。</translation>
    </message>
    <message>
        <source>The visible window</source>
        <translation>当前可见范围</translation>
    </message>
    <message>
        <source>The whole filtered timeline</source>
        <translation>筛选后的整条时间线</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>{file} already exists in {folder}. Replace it?</source>
        <translation>{folder} 中已有 {file}。是否替换？</translation>
    </message>
    <message>
        <source>{user} is not a user with a home folder on this computer: write the whole path</source>
        <translation>{user} 不是本机上拥有主文件夹的用户：请填写完整路径</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>;</source>
        <translation>；</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Exported {date} with {app} {version}</source>
        <translation>于 {date} 使用 {app} {version} 导出</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Sources: none cited</source>
        <translation>来源：未引用</translation>
    </message>
    <message>
        <source>Sources: {credits}</source>
        <translation>来源：{credits}</translation>
    </message>
    <message>
        <source>and {count} more (see Export data).</source>
        <translation>另有 {count} 个（见“导出数据”）。</translation>
    </message>
    <message>
        <source>{count} of the {kept} kept only may fall in the range</source>
        <translation>保留的 {kept} 个事件中有 {count} 个只是可能落在范围内</translation>
    </message>
    <message>
        <source>{shown} of {total} events</source>
        <translation>{total} 个事件中的 {shown} 个</translation>
    </message>
    <message>
        <source>{status}. {sources}. {credit}.</source>
        <translation>{status}。{sources}。{credit}。</translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>missing: a timeline file needs an &apos;events&apos; list</source>
        <translation>缺失：时间线文件需要一个 &apos;events&apos; 列表</translation>
    </message>
    <message>
        <source>must be a date string such as &apos;2024-04&apos;, not {kind}</source>
        <translation>必须是日期字符串（例如 &apos;2024-04&apos;），而不是{kind}</translation>
    </message>
    <message>
        <source>must be a finite number of at most about 1.8e308 either way, not NaN</source>
        <translation>必须是绝对值不超过约 1.8e308 的有限数，而不是 NaN</translation>
    </message>
    <message>
        <source>must be a finite number of at most about 1.8e308 either way, not an integer of {digits:,} digits</source>
        <translation>必须是绝对值不超过约 1.8e308 的有限数，而不是 {digits:,} 位的整数</translation>
    </message>
    <message>
        <source>must be a finite number of at most about 1.8e308 either way, not infinity</source>
        <translation>必须是绝对值不超过约 1.8e308 的有限数，而不是无穷大</translation>
    </message>
    <message>
        <source>must be a list of strings, not {kind}</source>
        <translation>必须是字符串列表，而不是{kind}</translation>
    </message>
    <message>
        <source>must be a list, not {kind}</source>
        <translation>必须是列表，而不是{kind}</translation>
    </message>
    <message>
        <source>must be a number, not {kind}</source>
        <translation>必须是数字，而不是{kind}</translation>
    </message>
    <message>
        <source>must be a string, not {kind}</source>
        <translation>必须是字符串，而不是{kind}</translation>
    </message>
    <message>
        <source>must be an object of language tags, each with its texts ({keys}), not {kind}</source>
        <translation>必须是以语言标签为键、以其文本（{keys}）为值的对象，而不是{kind}</translation>
    </message>
    <message>
        <source>must be an object of names and texts, not {kind}</source>
        <translation>必须是由名称和文本组成的对象，而不是{kind}</translation>
    </message>
    <message>
        <source>must be an object of texts ({keys}), not {kind}</source>
        <translation>必须是由文本（{keys}）组成的对象，而不是{kind}</translation>
    </message>
    <message>
        <source>must be an object, not {kind}</source>
        <translation>必须是对象，而不是{kind}</translation>
    </message>
    <message>
        <source>must be true or false, not {kind}</source>
        <translation>必须是 true 或 false，而不是{kind}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>null</source>
        <translation>空值（null）</translation>
    </message>
    <message>
        <source>the alternative date has no source</source>
        <translation>这一其他日期说法没有来源</translation>
    </message>
    <message>
        <source>the event has no source</source>
        <translation>该事件没有来源</translation>
    </message>
    <message>
        <source>the top level must be an object with &apos;title&apos; and &apos;events&apos;, not {kind}</source>
        <translation>顶层必须是包含 &apos;title&apos; 和 &apos;events&apos; 的对象，而不是{kind}</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>布尔值（true/false）</translation>
    </message>
    <message>
        <source>unknown key {key} is ignored</source>
        <translation>未知的键 {key} 已被忽略</translation>
    </message>
    <message>
        <source>{id} is used again (first at {path})</source>
        <translation>{id} 重复出现（首次出现于 {path}）</translation>
    </message>
    <message>
        <source>{text} is not a language tag: write a BCP 47 tag such as &apos;zh-Hans&apos;, &apos;en&apos; or &apos;en-GB&apos; (letters and digits joined by hyphens)</source>
        <translation>{text} 不是语言标签：请写 BCP 47 标签，例如 &apos;zh-Hans&apos;、&apos;en&apos; 或 &apos;en-GB&apos;（由连字符连接的字母和数字）</translation>
    </message>
    <message>
        <source>{url} is not an http or https link: it is shown as text and never opened</source>
        <translation>{url} 不是 http 或 https 链接：它只作为文本显示，不会被打开</translation>
    </message>
    <message>
        <source>{value} is not a colour: write it as #RRGGBB, e.g. #3f7fbf</source>
        <translation>{value} 不是颜色值：请按 #RRGGBB 的格式书写，例如 #3f7fbf</translation>
    </message>
    <message>
        <source>{value} is not one of the categories (the file defines none)</source>
        <translation>{value} 不是文件中定义的类别之一（该文件未定义任何类别）</translation>
    </message>
    <message>
        <source>{value} is not one of the categories ({ids})</source>
        <translation>{value} 不是文件中定义的类别之一（{ids}）</translation>
    </message>
    <message>
        <source>{value} is not one of the sources (the file defines none)</source>
        <translation>{value} 不是文件中定义的来源之一（该文件未定义任何来源）</translation>
    </message>
    <message>
        <source>{value} is not one of the sources ({ids})</source>
        <translation>{value} 不是文件中定义的来源之一（{ids}）</translation>
    </message>
    <message>
        <source>{value} is not one of {levels}</source>
        <translation>{value} 不是 {levels} 之一</translation>
    </message>
</context>
<context>
    <name>FileReading</name>
    <message>
        <source>a number of more than {digits:,} digits: no value of a timeline needs one</source>
        <translation>数字超过 {digits:,} 位：时间线中的任何值都用不到这么长的数字</translation>
    </message>
    <message>
        <source>must be a positive number of megabytes up to {limit:,}, such as 512, not {value}</source>
        <translation>必须是不超过 {limit:,} 的正数（单位为 MB），例如 512，而不是 {value}</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>permission denied: the file cannot be read</source>
        <translation>权限不足：无法读取该文件</translation>
    </message>
    <message>
        <source>the JSON ends too early: the file looks truncated</source>
        <translation>JSON 提前结束：文件似乎被截断了</translation>
    </message>
    <message>
        <source>the JSON has a trailing comma before &apos;{closer}&apos;</source>
        <translation>JSON 在 &apos;{closer}&apos; 之前有多余的逗号</translation>
    </message>
    <message>
        <source>the JSON has more text after its end</source>
        <translation>JSON 结束之后还有多余的文本</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply to be a timeline file</source>
        <translation>JSON 嵌套过深，不可能是时间线文件</translation>
    </message>
    <message>
        <source>the JSON is not valid: expecting &apos;,&apos; delimiter</source>
        <translation>JSON 无效：此处应有分隔符 &apos;,&apos;</translation>
    </message>
    <message>
        <source>the JSON is not valid: expecting &apos;:&apos; delimiter</source>
        <translation>JSON 无效：此处应有分隔符 &apos;:&apos;</translation>
    </message>
    <message>
        <source>the JSON is not valid: expecting property name enclosed in double quotes</source>
        <translation>JSON 无效：此处应有用双引号括起的属性名</translation>
    </message>
    <message>
        <source>the JSON is not valid: expecting value</source>
        <translation>JSON 无效：此处应有一个值</translation>
    </message>
    <message>
        <source>the JSON is not valid: invalid \escape</source>
        <translation>JSON 无效：无效的 \ 转义序列</translation>
    </message>
    <message>
        <source>the JSON is not valid: invalid \uXXXX escape</source>
        <translation>JSON 无效：无效的 \uXXXX 转义序列</translation>
    </message>
    <message>
        <source>the JSON is not valid: invalid control character at</source>
        <translation>JSON 无效：此处有无效的控制字符</translation>
    </message>
    <message>
        <source>the JSON is not valid: unterminated string starting at</source>
        <translation>JSON 无效：从此处开始的字符串没有结束</translation>
    </message>
    <message>
        <source>the JSON is not valid: {reason}</source>
        <translation>JSON 无效：{reason}</translation>
    </message>
    <message>
        <source>the file cannot be read: {reason}</source>
        <translation>无法读取该文件：{reason}</translation>
    </message>
    <message>
        <source>the file holds about {count:,} lists and objects, more than can be built from {size} of JSON within the memory bound (about 150 MB plus ten times the file): a timeline has far fewer</source>
        <translation>该文件含有约 {count:,} 个列表和对象，超出了这段 JSON 文本（{size}）在内存上限（约 150 MB 加上文件大小的十倍）内所能构建的数量：时间线远没有这么多</translation>
    </message>
    <message>
        <source>the file is empty: a timeline file is a JSON object with &apos;title&apos; and &apos;events&apos;</source>
        <translation>文件是空的：时间线文件是一个包含 &apos;title&apos; 和 &apos;events&apos; 的 JSON 对象</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: byte 0x{byte:02x} cannot be decoded</source>
        <translation>文件不是 UTF-8 文本：字节 0x{byte:02x} 无法解码</translation>
    </message>
    <message>
        <source>the file is {size}, over the limit of {limit}; it was not read (set TIMELINE_APP_MAX_FILE_MB to raise the limit)</source>
        <translation>文件大小为 {size}，超出上限（{limit}），因此未读取（设置 TIMELINE_APP_MAX_FILE_MB 可提高上限）</translation>
    </message>
    <message>
        <source>the file starts as {encoding} text but is not: save it as UTF-8</source>
        <translation>文件开头标明是 {encoding} 文本，但内容并非如此：请将其另存为 UTF-8</translation>
    </message>
    <message>
        <source>this is a binary file, not a JSON text (or UTF-16 or UTF-32 without a byte-order mark: save it as UTF-8)</source>
        <translation>这是一个二进制文件，不是 JSON 文本（也可能是没有字节顺序标记的 UTF-16 或 UTF-32 文本：请将其另存为 UTF-8）</translation>
    </message>
    <message>
        <source>this is a folder, not a timeline file</source>
        <translation>这是一个文件夹，不是时间线文件</translation>
    </message>
    <message>
        <source>this is not a regular file (a pipe, a socket or a device): save its contents to a file and open that</source>
        <translation>这不是普通文件（而是管道、套接字或设备）：请将其内容保存到文件中，再打开该文件</translation>
    </message>
    <message>
        <source>this value holds about {count:,} lists and objects, more than can be built from {size} of JSON within the memory bound (about 150 MB plus ten times the file): a timeline has far fewer</source>
        <translation>此值含有约 {count:,} 个列表和对象，超出了这段 JSON 文本（{size}）在内存上限（约 150 MB 加上文件大小的十倍）内所能构建的数量：时间线远没有这么多</translation>
    </message>
    <message>
        <source>{size:,} bytes</source>
        <translation>{size:,} 字节</translation>
    </message>
    <message>
        <source>{token} is not a number in JSON; write a number or null instead</source>
        <translation>{token} 在 JSON 中不是数字；请改为数字或 null</translation>
    </message>
</context>
<context>
    <name>FileWriting</name>
    <message>
        <source>cannot write: the file is read-only (use --force to replace it anyway)</source>
        <translation>无法写入：文件为只读（使用 --force 可强制替换）</translation>
    </message>
    <message>
        <source>cannot write: the folder {folder} does not exist</source>
        <translation>无法写入：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>cannot write: {reason}</source>
        <translation>无法写入：{reason}</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>&amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>截止(&amp;T)</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>所有日期</translation>
    </message>
    <message>
        <source>Any EDTF date, and the range takes its whole span: 2019, 2019-03, 2019-03-15, -0043 (44 BCE), 199X, 2001-21 (spring), 1985-04-12T23:20:30Z, Y-170000000</source>
        <translation>任意 EDTF 日期，范围取其完整跨度：2019、2019-03、2019-03-15、-0043（公元前 44 年）、199X、2001-21（春季）、1985-04-12T23:20:30Z、Y-170000000</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Category list</source>
        <translation>类别列表</translation>
    </message>
    <message>
        <source>Dates read from text</source>
        <translation>从文字读取的日期</translation>
    </message>
    <message>
        <source>Events whose date an importer read from words such as &apos;early 2024&apos; or &apos;circa 1850&apos;</source>
        <translation>日期由导入程序从“early 2024”“circa 1850”之类的文字读出的事件</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>起始(&amp;R)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Hide all categories</source>
        <translation>隐藏所有类别</translation>
    </message>
    <message>
        <source>Leave out the events that only may fall in the range: a span that reaches past it, or a date known by one bound whose open side reaches into it</source>
        <translation>略去只是可能落在范围内的事件：超出该范围的时间段，或只知一端、其开放的一侧伸入该范围的日期</translation>
    </message>
    <message>
        <source>No dates read from text</source>
        <translation>不含从文字读取的日期</translation>
    </message>
    <message>
        <source>Only dates read from text</source>
        <translation>仅从文字读取的日期</translation>
    </message>
    <message>
        <source>Only events whose whole date falls within the range</source>
        <translation>仅显示整个日期都在范围内的事件</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>搜索事件</translation>
    </message>
    <message>
        <source>Search titles, summaries, people, places…</source>
        <translation>搜索标题、摘要、人物、地点…</translation>
    </message>
    <message>
        <source>Show all categories</source>
        <translation>显示所有类别</translation>
    </message>
    <message>
        <source>Show {category}</source>
        <translation>显示“{category}”</translation>
    </message>
    <message>
        <source>The date range is not applied: {problem}</source>
        <translation>未应用日期范围：{problem}</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Wholly &amp;within the range</source>
        <translation>完全位于范围内(&amp;W)</translation>
    </message>
    <message>
        <source>e.g. 2019-03 or -0043</source>
        <translation>例如 2019-03 或 -0043</translation>
    </message>
    <message>
        <source>e.g. 2024-04-30 or 199X</source>
        <translation>例如 2024-04-30 或 199X</translation>
    </message>
    <message>
        <source>{category} ({counts})</source>
        <translation>{category}（{counts}）</translation>
    </message>
    <message>
        <source>{count} of the {shown} shown only may fall in the range: their dates reach past it, or are known by one bound only.</source>
        <translation>所显示的 {shown} 个事件中有 {count} 个只是可能落在范围内：其日期超出该范围，或只知其一端。</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown}/{total}</translation>
    </message>
</context>
<context>
    <name>ForensicImport</name>
    <message>
        <source>Plaso wrote &apos;no time&apos;</source>
        <translation>Plaso 未写入时间</translation>
    </message>
    <message>
        <source>Plaso wrote {words}</source>
        <translation>Plaso 写的是 {words}</translation>
    </message>
    <message>
        <source>its timestamp_desc is &apos;Not a time&apos;</source>
        <translation>其 timestamp_desc 为 &apos;Not a time&apos;</translation>
    </message>
    <message>
        <source>not a JSON object ({error}): the line was left out</source>
        <translation>不是 JSON 对象（{error}）：此行已略去</translation>
    </message>
    <message>
        <source>not a JSON object: the line was left out</source>
        <translation>不是 JSON 对象：此行已略去</translation>
    </message>
    <message>
        <source>the date is {date} {time}</source>
        <translation>日期为 {date} {time}</translation>
    </message>
    <message>
        <source>the date {date} and time {time} are not MM/DD/YYYY and HH:MM:SS</source>
        <translation>日期 {date} 和时间 {time} 不符合 MM/DD/YYYY 和 HH:MM:SS 格式</translation>
    </message>
    <message>
        <source>the datetime is {text}</source>
        <translation>datetime 为 {text}</translation>
    </message>
    <message>
        <source>the datetime {text} is Plaso&apos;s zero</source>
        <translation>datetime {text} 是 Plaso 的零值</translation>
    </message>
    <message>
        <source>the datetime {text} is not ISO 8601</source>
        <translation>datetime {text} 不符合 ISO 8601</translation>
    </message>
    <message>
        <source>the record has no datetime, timestamp or date</source>
        <translation>该记录没有 datetime、timestamp 或 date</translation>
    </message>
    <message>
        <source>the time is not a date: {error}: the record was left out</source>
        <translation>该时间不是日期：{error}：该记录已略去</translation>
    </message>
    <message>
        <source>the time is not set ({reason}): the record was left out, not drawn at a date that is not its own</source>
        <translation>时间未设置（{reason}）：该记录已略去，以免画在不属于它的日期上</translation>
    </message>
    <message>
        <source>the timestamp is 0</source>
        <translation>timestamp 为 0</translation>
    </message>
    <message>
        <source>the timestamp is the FILETIME zero, 1601-01-01</source>
        <translation>timestamp 为 FILETIME 的零点 1601-01-01</translation>
    </message>
    <message>
        <source>the timestamp {text} is not a whole number</source>
        <translation>timestamp {text} 不是整数</translation>
    </message>
    <message>
        <source>the timezone {zone} is not one this computer knows</source>
        <translation>本机无法识别时区 {zone}</translation>
    </message>
    <message>
        <source>{error}: the record was left out</source>
        <translation>{error}：该记录已略去</translation>
    </message>
    <message>
        <source>{stamp} is the FILETIME zero</source>
        <translation>{stamp} 是 FILETIME 的零点</translation>
    </message>
    <message>
        <source>{stamp} is the POSIX zero</source>
        <translation>{stamp} 是 POSIX 时间的零点</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%Ln event(s) will open</source>
        <translation>
            <numerusform>将打开 %Ln 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) left out</source>
        <translation>
            <numerusform>略去 %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln 条警告</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>问题(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Read as</source>
        <translation>读取方式(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>工作表(&amp;S)</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>（不读取）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>CSV or TSV</source>
        <translation>CSV 或 TSV</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Column of each field</source>
        <translation>各字段所在的列</translation>
    </message>
    <message>
        <source>Column of {field}</source>
        <translation>“{field}”所在的列</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Date as worded</source>
        <translation>日期原文</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Found from the file</source>
        <translation>根据文件自动识别</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Read as {reader}: its columns are fixed</source>
        <translation>读取方式为“{reader}”：各列固定，不能更改</translation>
    </message>
    <message>
        <source>Read each field from the column</source>
        <translation>各字段读取自哪一列</translation>
    </message>
    <message>
        <source>Read the file as</source>
        <translation>文件的读取方式</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>识别为</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>The file cannot be opened as it is read now: see the problems below.</source>
        <translation>按当前的读取方式无法打开此文件：请查看下面列出的问题。</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>文件的前几行</translation>
    </message>
    <message>
        <source>TimelineJS3 JSON</source>
        <translation>TimelineJS3 JSON</translation>
    </message>
    <message>
        <source>Timesketch or Plaso JSON lines</source>
        <translation>Timesketch 或 Plaso 的 JSON Lines</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>a forensic timeline (Timesketch or Plaso)</source>
        <translation>取证时间线（Timesketch 或 Plaso）</translation>
    </message>
    <message>
        <source>a forensic timeline of JSON lines</source>
        <translation>JSON Lines 格式的取证时间线</translation>
    </message>
    <message>
        <source>a spreadsheet, column by column</source>
        <translation>电子表格，逐列读取</translation>
    </message>
    <message>
        <source>the TimelineJS template</source>
        <translation>TimelineJS 模板</translation>
    </message>
    <message>
        <source>the app&apos;s own timeline format</source>
        <translation>本应用自己的时间线格式</translation>
    </message>
    <message>
        <source>{name} JSON</source>
        <translation>{name} JSON</translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}。</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… 还有 {count} 项</translation>
    </message>
</context>
<context>
    <name>ImportPlaces</name>
    <message>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>第 {row} 行，{column} 列</translation>
    </message>
    <message>
        <source>row {row}, column {column} ({header})</source>
        <translation>第 {row} 行，{column} 列（{header}）</translation>
    </message>
    <message>
        <source>{place} ({path})</source>
        <translation>{place}（{path}）</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>ImportedDocument</name>
    <message>
        <source>the id {id} is used again: this row was left out</source>
        <translation>ID {id} 重复使用：此行已略去</translation>
    </message>
    <message>
        <source>… and {count} more rows left out</source>
        <translation>… 还有 {count} 行被略去</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>by {date} · {title}</source>
        <translation>{date}前 · {title}</translation>
    </message>
    <message>
        <source>from {date} · {title}</source>
        <translation>{date}起 · {title}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>跟随系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>Show the menus, dialogs, dates and exports in this language</source>
        <translation>以这种语言显示菜单、对话框、日期和导出内容</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Alternative dates</source>
        <translation>其他日期说法</translation>
    </message>
    <message>
        <source>Approximate (~)</source>
        <translation>约略（~）</translation>
    </message>
    <message>
        <source>Day or moment</source>
        <translation>日或时刻</translation>
    </message>
    <message>
        <source>Open end (..)</source>
        <translation>开放端（..）</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Uncertain (?)</source>
        <translation>存疑（?）</translation>
    </message>
    <message>
        <source>Unknown end</source>
        <translation>未知端</translation>
    </message>
    <message>
        <source>Unspecified digits (X)</source>
        <translation>未指明数位（X）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Years</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>Colour &amp;By</source>
        <translation>着色依据(&amp;B)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Events panel</source>
        <translation>事件面板</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Filters panel</source>
        <translation>筛选面板</translation>
    </message>
    <message>
        <source>Filters, scrolling</source>
        <translation>筛选（可滚动）</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Sources panel</source>
        <translation>来源面板</translation>
    </message>
    <message>
        <source>Timeline and legend</source>
        <translation>时间线和图例</translation>
    </message>
</context>
<context>
    <name>MarkLegend</name>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Date marks: {marks}</source>
        <translation>日期标记：{marks}</translation>
    </message>
    <message>
        <source>Legend of date marks</source>
        <translation>日期标记图例</translation>
    </message>
</context>
<context>
    <name>OddText</name>
    <message>
        <source>holds a control character (or U+FFFE/U+FFFF) that images and XML cannot show: exports draw it as �</source>
        <translation>含有图像和 XML 无法显示的控制字符（或 U+FFFE/U+FFFF）：导出时会画成 �</translation>
    </message>
    <message>
        <source>holds a lone surrogate (an escape such as \ud800 without its pair), which no UTF-8 file can hold: remove it or give the whole pair</source>
        <translation>含有孤立的代理项（例如没有配对的转义 \ud800），任何 UTF-8 文件都无法保存它：请删除它，或写出完整的一对</translation>
    </message>
</context>
<context>
    <name>OpeningFiles</name>
    <message>
        <source>the file has no events: no row holds a date and a title</source>
        <translation>文件中没有事件：没有哪一行同时含有日期和标题</translation>
    </message>
    <message>
        <source>this JSON is not a TimelineJS3 file: it has no slides with a start_date</source>
        <translation>此 JSON 不是 TimelineJS3 文件：其中没有带 start_date 的幻灯片</translation>
    </message>
    <message>
        <source>this is not a timeline of JSON lines: the first record has no message with a datetime or timestamp</source>
        <translation>这不是 JSON Lines 格式的时间线：第一条记录缺少 message 及 datetime 或 timestamp</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <source>Event density over the whole range; drag to move the view</source>
        <translation>整个范围内的事件密度；拖动以移动视图</translation>
    </message>
    <message>
        <source>Timeline overview</source>
        <translation>时间线概览</translation>
    </message>
    <message>
        <source>{bin} (a {unit}): {count} events drawn in it. A date range of {edtf} keeps {kept}, {may} of which only may fall in it.</source>
        <translation>{bin}（单位：{unit}）：其中绘有 {count} 个事件。日期范围 {edtf} 保留 {kept} 个，其中 {may} 个只是可能落在其中。</translation>
    </message>
    <message>
        <source>{bin} (a {unit}): {count} events drawn in it. A date range of {edtf} keeps {kept}.</source>
        <translation>{bin}（单位：{unit}）：其中绘有 {count} 个事件。日期范围 {edtf} 保留 {kept} 个。</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>stopped after {count:,} problems</source>
        <translation>发现 {count:,} 个问题后停止了检查</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>… and {count:,} more events without a source</source>
        <translation>… 另有 {count:,} 个事件没有来源</translation>
    </message>
    <message>
        <source>… and {count:,} more links that are not http or https</source>
        <translation>… 另有 {count:,} 个链接不是 http 或 https 链接</translation>
    </message>
    <message>
        <source>… and {count:,} more unknown keys</source>
        <translation>… 另有 {count:,} 个未知的键</translation>
    </message>
    <message>
        <source>… and {count:,} more warnings like these</source>
        <translation>… 另有 {count:,} 条类似的警告</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开的文件(&amp;R)</translation>
    </message>
    <message>
        <source>{path} no longer exists. It has been removed from the recent files.</source>
        <translation>{path} 已不存在，已将其从最近打开的文件中移除。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Click</source>
        <translation>单击</translation>
    </message>
    <message>
        <source>Ctrl+Wheel, or the scroll bar</source>
        <translation>Ctrl+滚轮，或滚动条</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>双击</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>拖动</translation>
    </message>
    <message>
        <source>Drag on the overview strip</source>
        <translation>在概览条上拖动</translation>
    </message>
    <message>
        <source>Keyboard and mouse</source>
        <translation>键盘和鼠标</translation>
    </message>
    <message>
        <source>Keyboard shortcuts and mouse gestures</source>
        <translation>键盘快捷键和鼠标手势</translation>
    </message>
    <message>
        <source>Keys or mouse</source>
        <translation>按键或鼠标</translation>
    </message>
    <message>
        <source>Move between the panels</source>
        <translation>在各面板之间切换</translation>
    </message>
    <message>
        <source>Move the visible window</source>
        <translation>移动可见范围</translation>
    </message>
    <message>
        <source>Move through the event list (list focused)</source>
        <translation>在事件列表中移动（焦点在列表上时）</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Pan left or right</source>
        <translation>向左或向右平移</translation>
    </message>
    <message>
        <source>Scroll the category bands up or down</source>
        <translation>上下滚动各类别条带</translation>
    </message>
    <message>
        <source>Select an event, or zoom into a cluster</source>
        <translation>选择事件，或放大进入某个聚簇</translation>
    </message>
    <message>
        <source>Shift+Wheel</source>
        <translation>Shift+滚轮</translation>
    </message>
    <message>
        <source>Shortcuts and gestures</source>
        <translation>快捷键和手势</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>滚轮</translation>
    </message>
    <message>
        <source>Zoom in or out around the pointer</source>
        <translation>以指针为中心放大或缩小</translation>
    </message>
    <message>
        <source>Zoom to an event and show its details</source>
        <translation>缩放到事件并显示其详情</translation>
    </message>
    <message>
        <source>{keys} or {key}</source>
        <translation>{keys} 或 {key}</translation>
    </message>
    <message>
        <source>{what} (timeline focused)</source>
        <translation>{what}（焦点在时间线上时）</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Sources of the timeline; select some to show their events</source>
        <translation>时间线的来源；选择其中一些以显示其事件</translation>
    </message>
    <message>
        <source>{shown} of the {total} events citing it are shown</source>
        <translation>引用它的 {total} 个事件中显示了 {shown} 个</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImport</name>
    <message>
        <source>no column holds dates, so this is not a chronology the app can open: name one &apos;date&apos; (or &apos;start&apos; and &apos;end&apos;), or map it with --map date=COLUMN (the columns are {columns})</source>
        <translation>没有哪一列是日期，因此这不是本应用能打开的年表：请将一列命名为 &apos;date&apos;（或 &apos;start&apos; 和 &apos;end&apos;），或用 --map date=COLUMN 指定（现有的列为：{columns}）</translation>
    </message>
    <message>
        <source>no column holds titles: name one &apos;title&apos; (or &apos;headline&apos;, &apos;event&apos;), or map it with --map title=COLUMN (the columns are {columns})</source>
        <translation>没有哪一列是标题：请将一列命名为 &apos;title&apos;（或 &apos;headline&apos;、&apos;event&apos;），或用 --map title=COLUMN 指定（现有的列为：{columns}）</translation>
    </message>
    <message>
        <source>no title: the description&apos;s start was taken as its title</source>
        <translation>没有标题：已取说明的开头作为标题</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not the JSON this column holds ({error}): it was ignored</source>
        <translation>不是此列应有的 JSON（{error}）：已忽略</translation>
    </message>
    <message>
        <source>the row has no date: it was left out</source>
        <translation>此行没有日期：已略去</translation>
    </message>
    <message>
        <source>the row has no title and no description to take one from: it was left out</source>
        <translation>此行没有标题，也没有可从中取标题的说明：已略去</translation>
    </message>
    <message>
        <source>the start and end make no date: {error}: the row was left out</source>
        <translation>开始与结束无法构成日期：{error}：此行已略去</translation>
    </message>
    <message>
        <source>{error}: the row was left out</source>
        <translation>{error}：此行已略去</translation>
    </message>
    <message>
        <source>{value} is not one of {levels}: it is kept as a field of the event</source>
        <translation>{value} 不是 {levels} 之一：已作为事件的字段保留</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>Checking stopped there; fix these and validate again to see the rest.</source>
        <translation>检查到此为止；请修正以上问题后再次验证，以查看其余问题。</translation>
    </message>
    <message>
        <source>… and {count} more problems</source>
        <translation>… 还有 {count} 个问题</translation>
    </message>
</context>
<context>
    <name>TickLabels</name>
    <message>
        <source>{day}</source>
        <comment>a day of the month</comment>
        <translation>{day}日</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{number}月{day}日</translation>
    </message>
    <message>
        <source>{value} {unit} BC</source>
        <translation>公元前 {value} {unit}</translation>
    </message>
    <message>
        <source>{value} {unit} BCE</source>
        <translation>公元前 {value} {unit}</translation>
    </message>
</context>
<context>
    <name>TimelineJSImport</name>
    <message>
        <source>an era needs a start date, an end date and a headline: it was left out</source>
        <translation>时期需要开始日期、结束日期和标题：此时期已略去</translation>
    </message>
    <message>
        <source>no headline: the slide&apos;s text or media caption was taken as its title</source>
        <translation>没有标题：已取幻灯片的正文或媒体说明作为标题</translation>
    </message>
    <message>
        <source>the era ends before it starts ({start} to {end}): it was left out</source>
        <translation>此时期的结束早于开始（{start} 至 {end}）：已略去</translation>
    </message>
    <message>
        <source>the slide ends before it starts ({start} to {end}): it was left out</source>
        <translation>此幻灯片的结束早于开始（{start} 至 {end}）：已略去</translation>
    </message>
    <message>
        <source>the slide has no headline, text or media caption to title it: it was left out</source>
        <translation>此幻灯片没有标题，也没有可用作标题的正文或媒体说明：已略去</translation>
    </message>
    <message>
        <source>the slide has no start date (TimelineJS leaves such slides out too)</source>
        <translation>此幻灯片没有开始日期（TimelineJS 同样会略去这样的幻灯片）</translation>
    </message>
    <message>
        <source>{error}: the era was left out</source>
        <translation>{error}：此时期已略去</translation>
    </message>
    <message>
        <source>{error}: the slide was left out</source>
        <translation>{error}：此幻灯片已略去</translation>
    </message>
    <message>
        <source>{name} has a time but no year</source>
        <translation>{name} 有时间但没有年份</translation>
    </message>
    <message>
        <source>{name} is not a calendar date ({edtf})</source>
        <translation>{name} 不是有效的日历日期（{edtf}）</translation>
    </message>
    <message>
        <source>{name}.{key} is {value}, not a whole number</source>
        <translation>{name}.{key} 为 {value}，不是整数</translation>
    </message>
    <message>
        <source>{name}: {text} is not a time (write 14:30 or 2:30 PM)</source>
        <translation>{name}：{text} 不是时间（请写作 14:30 或 2:30 PM）</translation>
    </message>
    <message>
        <source>{name}: {text} is not a time of day</source>
        <translation>{name}：{text} 不是一天中的时刻</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>+{count} more spanning the whole view</source>
        <translation>另有 {count} 个横跨整个视图</translation>
    </message>
</context>
<context>
    <name>TimelineStatusBar</name>
    <message numerus="yes">
        <source>%Ln row(s) left out</source>
        <translation>
            <numerusform>略去 %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln 条警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Current file</source>
        <translation>当前文件</translation>
    </message>
    <message>
        <source>Load warnings</source>
        <translation>载入时的警告</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>载入进度</translation>
    </message>
    <message>
        <source>Loading {file}…</source>
        <translation>正在载入 {file}…</translation>
    </message>
    <message>
        <source>Shown events</source>
        <translation>显示的事件</translation>
    </message>
    <message>
        <source>{shown} of {total} events shown</source>
        <translation>显示 {shown} 个事件，共 {total} 个</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Events on a time axis. Left and Right select the previous or next event, Shift+Left and Shift+Right pan, plus and minus zoom, Enter shows details.</source>
        <translation>时间轴上的事件。左、右方向键选择上一个或下一个事件，Shift+左、Shift+右方向键平移，加号和减号缩放，Enter 键显示详情。</translation>
    </message>
    <message>
        <source>First / last event</source>
        <translation>第一个 / 最后一个事件</translation>
    </message>
    <message>
        <source>No events match: {filters}</source>
        <translation>没有符合条件的事件：{filters}</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Previous / next event</source>
        <translation>上一个 / 下一个事件</translation>
    </message>
    <message>
        <source>Scroll the lanes</source>
        <translation>上下滚动事件行</translation>
    </message>
    <message>
        <source>Show the selected event&apos;s details</source>
        <translation>显示所选事件的详情</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>放大 / 缩小</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;About {name}</source>
        <translation>关于 {name}(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Astronomical (0 = 1 BCE)</source>
        <translation>天文纪年（0 = 公元前 1 年）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;BCE / CE</source>
        <translation>公元前 / 公元（BCE / CE）(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Data Format</source>
        <translation>数据格式(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>全部适合窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Group by Category</source>
        <translation>按类别分组(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Precision</source>
        <translation>日期精度(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>关于 {name}</translation>
    </message>
    <message>
        <source>B&amp;C / AD</source>
        <translation>公元前 / 公元（BC / AD）(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;onfidence</source>
        <translation>可信度(&amp;O)</translation>
    </message>
    <message>
        <source>Clear Search or Selection</source>
        <translation>清除搜索或选中项</translation>
    </message>
    <message>
        <source>Clear the search, then the selection</source>
        <translation>先清除搜索，再清除选中项</translation>
    </message>
    <message>
        <source>Colour the marks by category; the legend follows</source>
        <translation>按类别为标记着色；图例随之更新</translation>
    </message>
    <message>
        <source>Colour the marks by confidence; the legend follows</source>
        <translation>按可信度为标记着色；图例随之更新</translation>
    </message>
    <message>
        <source>Colour the marks by precision; the legend follows</source>
        <translation>按日期精度为标记着色；图例随之更新</translation>
    </message>
    <message>
        <source>Colour the marks by source; the legend follows</source>
        <translation>按来源为标记着色；图例随之更新</translation>
    </message>
    <message>
        <source>Data format</source>
        <translation>数据格式</translation>
    </message>
    <message>
        <source>Fit all events</source>
        <translation>使所有事件适合窗口</translation>
    </message>
    <message>
        <source>How years before year 1 are named</source>
        <translation>公元 1 年之前的年份如何表示</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>列出键盘快捷键</translation>
    </message>
    <message>
        <source>Load &amp;Warnings…</source>
        <translation>载入时的警告(&amp;W)…</translation>
    </message>
    <message>
        <source>One band per category</source>
        <translation>每个类别占一条带</translation>
    </message>
    <message>
        <source>Open &amp;Sample Dataset</source>
        <translation>打开示例数据集(&amp;S)</translation>
    </message>
    <message>
        <source>Open a timeline, a spreadsheet, a TimelineJS or a forensic timeline file</source>
        <translation>打开时间线、电子表格、TimelineJS 或取证时间线文件</translation>
    </message>
    <message>
        <source>Open the embedded chronology of Guangxi&apos;s foreign-related rule of law</source>
        <translation>打开内置的广西涉外法治年表</translation>
    </message>
    <message>
        <source>Preview how a file will be read, choose its columns, and open it</source>
        <translation>预览文件将如何读取，选择其各列，然后打开</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Reload the current file</source>
        <translation>重新载入当前文件</translation>
    </message>
    <message>
        <source>Rests on &amp;One Source</source>
        <translation>依据单一来源(&amp;O)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Show only the events that cite a single source, coloured by that source</source>
        <translation>只显示仅引用单一来源的事件，并按该来源着色</translation>
    </message>
    <message>
        <source>Show the rows left out and the warnings of the file</source>
        <translation>显示文件中略去的行和警告</translation>
    </message>
    <message>
        <source>The timeline file format</source>
        <translation>时间线文件的格式</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selected Event</source>
        <translation>缩放到选中的事件(&amp;S)</translation>
    </message>
    <message>
        <source>Zoom to the selected event</source>
        <translation>缩放到选中的事件</translation>
    </message>
    <message>
        <source>{name} {version}

A timeline explorer that shows each date as its source worded it, and every event&apos;s sources.</source>
        <translation>{name} {version}

一款时间线浏览工具：按来源的原始表述显示每个日期，并列出每个事件的来源。</translation>
    </message>
</context>
<context>
    <name>WindowFiles</name>
    <message>
        <source>All files ({patterns})</source>
        <translation>所有文件 ({patterns})</translation>
    </message>
    <message>
        <source>Everything timeline_app opens ({patterns})</source>
        <translation>timeline_app 能打开的所有文件 ({patterns})</translation>
    </message>
    <message>
        <source>Forensic timelines ({patterns})</source>
        <translation>取证时间线 ({patterns})</translation>
    </message>
    <message>
        <source>Import a File</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Load warnings</source>
        <translation>载入时的警告</translation>
    </message>
    <message>
        <source>Open a File</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>文件中的问题</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>略去的行</translation>
    </message>
    <message>
        <source>Rows left out ({count}):</source>
        <translation>略去的行（{count}）：</translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns})</source>
        <translation>电子表格 ({patterns})</translation>
    </message>
    <message>
        <source>Still loading the previous file…</source>
        <translation>仍在载入上一个文件…</translation>
    </message>
    <message>
        <source>Timelines and TimelineJS ({patterns})</source>
        <translation>时间线和 TimelineJS ({patterns})</translation>
    </message>
    <message>
        <source>Warnings ({count}):</source>
        <translation>警告（{count}）：</translation>
    </message>
    <message numerus="yes">
        <source>{file} could not be opened (%Ln problem(s)).</source>
        <translation>
            <numerusform>无法打开 {file}（%Ln 个问题）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} could not be opened (%Ln problem(s)). The embedded dataset is shown instead.</source>
        <translation>
            <numerusform>无法打开 {file}（%Ln 个问题）。已改为显示内置数据集。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} could not be opened (%Ln problem(s)). The timeline already open is unchanged.</source>
        <translation>
            <numerusform>无法打开 {file}（%Ln 个问题）。已打开的时间线保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} loaded; these are worth a look.</source>
        <translation>已载入 {file}；以下内容值得一看。</translation>
    </message>
    <message>
        <source>{file} was opened with {events} events. 1 row was left out, because it could not be read; nothing was guessed.</source>
        <translation>已打开 {file}，共 {events} 个事件。有 1 行因无法读取而被略去；未做任何猜测。</translation>
    </message>
    <message>
        <source>{file} was opened with {events} events. {count} rows were left out, because they could not be read; nothing was guessed.</source>
        <translation>已打开 {file}，共 {events} 个事件。有 {count} 行因无法读取而被略去；未做任何猜测。</translation>
    </message>
    <message>
        <source>{title} — {name}</source>
        <translation>{title} — {name}</translation>
    </message>
</context>
<context>
    <name>XlsxImport</name>
    <message>
        <source>the file cannot be read: {error}</source>
        <translation>无法读取文件：{error}</translation>
    </message>
    <message>
        <source>the formula {formula} has no saved value, so the cell is read as empty: open the file in a spreadsheet program and save it (formulas are never computed here)</source>
        <translation>公式 {formula} 没有保存的值，因此该单元格按空白读取：请在电子表格程序中打开此文件并保存（本应用从不计算公式）</translation>
    </message>
    <message>
        <source>the sheet cannot be read: {error}</source>
        <translation>无法读取工作表：{error}</translation>
    </message>
    <message>
        <source>the sheet {sheet} is empty: a spreadsheet of events needs a header row and a row per event</source>
        <translation>工作表 {sheet} 为空：事件电子表格需要一个表头行，且每个事件占一行</translation>
    </message>
    <message>
        <source>the workbook cannot be read: {error}</source>
        <translation>无法读取工作簿：{error}</translation>
    </message>
    <message>
        <source>there is no sheet {sheet}; the sheets are {sheets}</source>
        <translation>没有工作表 {sheet}；现有的工作表为：{sheets}</translation>
    </message>
    <message>
        <source>this is a ZIP archive but not an Excel workbook: it has no xl/workbook.xml (is it another kind of document renamed to .xlsx?)</source>
        <translation>这是 ZIP 压缩文件，但不是 Excel 工作簿：其中没有 xl/workbook.xml（是否把别的文档改名成了 .xlsx？）</translation>
    </message>
    <message>
        <source>this is an Excel 97-2003 workbook (.xls): save it as .xlsx or as CSV</source>
        <translation>这是 Excel 97-2003 工作簿 (.xls)：请另存为 .xlsx 或 CSV</translation>
    </message>
    <message>
        <source>this is not an Excel workbook (.xlsx): it is not even a ZIP archive</source>
        <translation>这不是 Excel 工作簿 (.xlsx)：它甚至不是 ZIP 压缩文件</translation>
    </message>
</context>
</TS>
