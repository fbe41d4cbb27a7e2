<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../qml/AttractScreen.qml" line="28"/>
        <source>Welcome</source>
        <translation>欢迎光临</translation>
    </message>
    <message>
        <location filename="../../qml/AttractScreen.qml" line="52"/>
        <source>Scan or tap a product</source>
        <translation>扫描或轻触商品</translation>
    </message>
    <message>
        <location filename="../../qml/AttractScreen.qml" line="62"/>
        <source>Hold a barcode up to the camera, tap the NFC mark, or touch the screen to enter a code.</source>
        <translation>将条形码对准摄像头、轻触 NFC 标志，或触摸屏幕输入代码。</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <location filename="../../qml/LanguageBar.qml" line="14"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="17"/>
        <source>Omnitote</source>
        <translation>Omnitote</translation>
    </message>
</context>
<context>
    <name>Omnitote::BackendStatus</name>
    <message>
        <location filename="../../app/kiosk/backendstatus.cpp" line="10"/>
        <source>Connecting to the store…</source>
        <translation>正在连接门店系统…</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/backendstatus.cpp" line="34"/>
        <source>The store&apos;s system cannot be reached: %1</source>
        <translation>无法连接门店系统：%1</translation>
    </message>
</context>
<context>
    <name>Omnitote::KioskApplication</name>
    <message>
        <location filename="../../app/kiosk/kioskapplication.cpp" line="64"/>
        <source>The built-in store system could not start: %1</source>
        <translation>内置门店系统无法启动：%1</translation>
    </message>
</context>
<context>
    <name>Omnitote::ProductController</name>
    <message>
        <location filename="../../app/kiosk/productcontroller.cpp" line="29"/>
        <source>The store&apos;s system is still starting. Please try again in a moment.</source>
        <translation>门店系统仍在启动，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/productcontroller.cpp" line="46"/>
        <source>We could not find a product for “%1”.</source>
        <translation>未找到与“%1”对应的商品。</translation>
    </message>
</context>
<context>
    <name>ProductScreen</name>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="29"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="30"/>
        <source>Back to the start screen</source>
        <translation>返回开始页面</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="42"/>
        <source>Type or scan a barcode, SKU or product code</source>
        <translation>输入或扫描条形码、SKU 或商品编号</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="43"/>
        <source>Product code</source>
        <translation>商品编号</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="50"/>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="77"/>
        <source>Scan a product&apos;s barcode, or type its code above.</source>
        <translation>请扫描商品条形码，或在上方输入代码。</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="170"/>
        <source>No reviews yet</source>
        <translation>暂无评价</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="171"/>
        <source>%1 · 1 review</source>
        <translation>%1 · 1 条评价</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="173"/>
        <source>%1 · %2 reviews</source>
        <translation>%1 · %2 条评价</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="199"/>
        <source>Online only · ships to your home</source>
        <translation>仅限网购 · 送货上门</translation>
    </message>
</context>
<context>
    <name>RatingStars</name>
    <message>
        <location filename="../../qml/RatingStars.qml" line="11"/>
        <source>Rated %1 out of 5</source>
        <translation>评分 %1（满分 5）</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <location filename="../../qml/StillThereDialog.qml" line="30"/>
        <source>Still there?</source>
        <translation>还在吗？</translation>
    </message>
    <message>
        <location filename="../../qml/StillThereDialog.qml" line="40"/>
        <source>This screen clears in %1 s to keep your choices private.</source>
        <translation>为保护您的隐私，此屏幕将在 %1 秒后清空。</translation>
    </message>
    <message>
        <location filename="../../qml/StillThereDialog.qml" line="51"/>
        <source>I&apos;m still here</source>
        <translation>我还在</translation>
    </message>
    <message>
        <location filename="../../qml/StillThereDialog.qml" line="58"/>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
</context>
</TS>
