<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessibilityBar</name>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="12"/>
        <source>Display options</source>
        <translation>显示选项</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="38"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="39"/>
        <source>Large text</source>
        <translation>大字体</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="45"/>
        <source>Contrast</source>
        <translation>对比度</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="46"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="53"/>
        <source>Reach</source>
        <translation>按钮下移</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="54"/>
        <source>Move the controls to the bottom of the screen</source>
        <translation>将按钮移到屏幕底部</translation>
    </message>
</context>
<context>
    <name>AddToTotePanel</name>
    <message>
        <location filename="../../qml/AddToTotePanel.qml" line="14"/>
        <location filename="../../qml/AddToTotePanel.qml" line="28"/>
        <source>Add to tote</source>
        <translation>加入购物袋</translation>
    </message>
    <message>
        <location filename="../../qml/AddToTotePanel.qml" line="23"/>
        <source>Added to your tote.</source>
        <translation>已加入您的购物袋。</translation>
    </message>
    <message>
        <location filename="../../qml/AddToTotePanel.qml" line="40"/>
        <source>Take it now</source>
        <translation>现在带走</translation>
    </message>
    <message>
        <location filename="../../qml/AddToTotePanel.qml" line="47"/>
        <source>Pick up nearby</source>
        <translation>附近门店自提</translation>
    </message>
    <message>
        <location filename="../../qml/AddToTotePanel.qml" line="53"/>
        <source>Ship to my home</source>
        <translation>寄送到家</translation>
    </message>
</context>
<context>
    <name>AssociateMain</name>
    <message>
        <location filename="../../qml/AssociateMain.qml" line="23"/>
        <source>Omnitote for associates</source>
        <translation>Omnitote 店员版</translation>
    </message>
    <message>
        <location filename="../../qml/AssociateMain.qml" line="42"/>
        <source>Signed in: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../qml/AssociateMain.qml" line="43"/>
        <source>Associate sign-in</source>
        <translation>店员登录</translation>
    </message>
    <message>
        <location filename="../../qml/AssociateMain.qml" line="51"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
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
    <name>CheckoutScreen</name>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="23"/>
        <source>Finish at checkout</source>
        <translation>在收银台结账</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="33"/>
        <source>Sending your tote to the checkout</source>
        <translation>正在将您的购物袋发送到收银台</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="45"/>
        <source>Saving your tote…</source>
        <translation>正在保存您的购物袋…</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="47"/>
        <source>Sending your tote to the checkout…</source>
        <translation>正在将您的购物袋发送到收银台…</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="49"/>
        <source>Show this code at the checkout. An associate brings your take-now items to the till.</source>
        <translation>请在收银台出示此代码。店员会把您要当场带走的商品送到收银台。</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="65"/>
        <source>QR code of your tote</source>
        <translation>您购物袋的二维码</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="71"/>
        <source>Pickup code: %1</source>
        <translation>取货码：%1</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="82"/>
        <source>Back to my tote</source>
        <translation>返回我的购物袋</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="90"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="99"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="105"/>
        <source>Done, clear the screen</source>
        <translation>完成，清空屏幕</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="19"/>
        <source>Main controls</source>
        <translation>主要按钮</translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="26"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="27"/>
        <source>Back to the start screen</source>
        <translation>返回开始页面</translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="39"/>
        <source>Type or scan a barcode, SKU or product code</source>
        <translation>输入或扫描条形码、SKU 或商品编号</translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="40"/>
        <source>Product code</source>
        <translation>商品编号</translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="46"/>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="59"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="60"/>
        <source>Search and browse products</source>
        <translation>搜索和浏览商品</translation>
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
    <name>LatestCall</name>
    <message>
        <location filename="../../app/kiosk/latestcall.cpp" line="9"/>
        <source>The store&apos;s system is not answering right now. What you see may be out of date.</source>
        <translation>门店系统暂时没有响应，显示的信息可能不是最新的。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/latestcall.cpp" line="10"/>
        <source>Something went wrong on the store&apos;s system (%1).</source>
        <translation>门店系统出现问题（%1）。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="26"/>
        <source>Omnitote</source>
        <translation>Omnitote</translation>
    </message>
</context>
<context>
    <name>Omnitote::AssociateSession</name>
    <message>
        <location filename="../../app/kiosk/associatesession.cpp" line="19"/>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>您的登录已过期。请重新登录。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/associatesession.cpp" line="35"/>
        <source>That is not a staff badge. Scan your badge or enter your staff number and PIN.</source>
        <translation>这不是员工卡。请扫描您的员工卡或输入员工编号和 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/associatesession.cpp" line="47"/>
        <source>Enter your staff number and PIN.</source>
        <translation>请输入您的员工编号和 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/associatesession.cpp" line="72"/>
        <source>Sign-in failed: the badge, staff number or PIN is not right.</source>
        <translation>登录失败：员工卡、员工编号或 PIN 码不正确。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/associatesession.cpp" line="73"/>
        <source>Sign-in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/associatesession.cpp" line="105"/>
        <source>You were signed out. Please sign in again.</source>
        <translation>您已退出登录。请重新登录。</translation>
    </message>
</context>
<context>
    <name>Omnitote::AvailabilityModel</name>
    <message>
        <location filename="../../app/kiosk/availabilitymodel.cpp" line="35"/>
        <source>%1 km</source>
        <extracomment>Distance to another store, e.g. &quot;2.8 km&quot;</extracomment>
        <translation>%1 公里</translation>
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
    <name>Omnitote::CheckoutController</name>
    <message>
        <location filename="../../app/kiosk/checkoutcontroller.cpp" line="29"/>
        <source>Your tote is empty. Add something before you finish.</source>
        <translation>您的购物袋是空的。请先添加商品再结账。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/checkoutcontroller.cpp" line="51"/>
        <source>Your tote could not be saved. Please ask an associate for help.</source>
        <translation>无法保存您的购物袋。请向店员求助。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/checkoutcontroller.cpp" line="77"/>
        <source>The checkout could not be started: %1</source>
        <translation>无法开始结账：%1</translation>
    </message>
</context>
<context>
    <name>Omnitote::CheckoutQueueModel</name>
    <message numerus="yes">
        <location filename="../../app/kiosk/checkoutqueuemodel.cpp" line="34"/>
        <source>waiting %n second(s)</source>
        <translation>
            <numerusform>已等待 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/checkoutqueuemodel.cpp" line="35"/>
        <source>waiting %n minute(s)</source>
        <translation>
            <numerusform>已等待 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/kiosk/checkoutqueuemodel.cpp" line="116"/>
        <source>The queue could not be refreshed: %1</source>
        <translation>无法刷新队列：%1</translation>
    </message>
</context>
<context>
    <name>Omnitote::KioskApplication</name>
    <message>
        <location filename="../../app/kiosk/kioskapplication.cpp" line="177"/>
        <source>The built-in store system could not start: %1</source>
        <translation>内置门店系统无法启动：%1</translation>
    </message>
</context>
<context>
    <name>Omnitote::PickController</name>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="68"/>
        <source>Scan each item as you pick it.</source>
        <translation>拣货时请逐件扫描。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="70"/>
        <source>This tote cannot be opened: %1</source>
        <translation>无法打开此购物袋：%1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="81"/>
        <source>No tote found: %1</source>
        <translation>未找到购物袋：%1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="109"/>
        <source>%1: %2 of %3 picked</source>
        <translation>%1：已拣 %2/%3</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="126"/>
        <source>Marked as not on the shelf.</source>
        <translation>已标记为货架上没有。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="128"/>
        <source>Could not mark it short: %1</source>
        <translation>无法标记为缺货：%1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="146"/>
        <source>The other variants could not be loaded: %1</source>
        <translation>无法加载其他款式：%1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="169"/>
        <source>Ask the shopper first: a substitute needs their consent.</source>
        <translation>请先询问顾客：替代品需要顾客同意。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="176"/>
        <source>Substitute recorded. Scan the substitute to pick it.</source>
        <translation>已记录替代品。请扫描替代品进行拣货。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="178"/>
        <source>Could not substitute: %1</source>
        <translation>无法替代：%1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="193"/>
        <source>Ship-to-home items became online order %1.</source>
        <translation>送货到家的商品已生成网上订单 %1。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="195"/>
        <source>Ship-to-home items stay in the shopper&apos;s online cart: they order them online.</source>
        <translation>送货到家的商品保留在顾客的网上购物车中，由顾客在网上下单。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/pickcontroller.cpp" line="196"/>
        <source>%n item(s) to the till, %1.</source>
        <translation>
            <numerusform>%n 件商品送到收银台，%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/pickcontroller.cpp" line="199"/>
        <source>%n not on the shelf.</source>
        <translation>
            <numerusform>%n 件货架上没有。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="206"/>
        <source>Could not complete: %1</source>
        <translation>无法完成：%1</translation>
    </message>
</context>
<context>
    <name>Omnitote::PickListModel</name>
    <message>
        <location filename="../../app/kiosk/picklistmodel.cpp" line="57"/>
        <source>Aisle %1</source>
        <translation>%1 号通道</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/picklistmodel.cpp" line="58"/>
        <source>Aisle %1 (%2)</source>
        <translation>%1 号通道（%2）</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/picklistmodel.cpp" line="60"/>
        <source>Stock room</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/picklistmodel.cpp" line="61"/>
        <source>Bay %1</source>
        <translation>%1 号货架</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/picklistmodel.cpp" line="71"/>
        <source>Substitute: %1 (the shopper agreed)</source>
        <translation>替代品：%1（顾客已同意）</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/picklistmodel.cpp" line="73"/>
        <source>Substitute: %1</source>
        <translation>替代品：%1</translation>
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
    <name>Omnitote::ProductSummaryModel</name>
    <message>
        <location filename="../../app/kiosk/productsummarymodel.cpp" line="24"/>
        <source>Goes with</source>
        <translation>搭配</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/productsummarymodel.cpp" line="26"/>
        <source>Similar</source>
        <translation>相似商品</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/productsummarymodel.cpp" line="27"/>
        <source>You may also like</source>
        <translation>您可能还喜欢</translation>
    </message>
</context>
<context>
    <name>Omnitote::ScanController</name>
    <message>
        <location filename="../../app/kiosk/scancontroller.cpp" line="129"/>
        <source>That code could not be read: %1. Please scan it again.</source>
        <translation>无法读取该代码：%1。请重新扫描。</translation>
    </message>
</context>
<context>
    <name>Omnitote::TillHandoff</name>
    <message>
        <location filename="../../app/kiosk/tillhandoff.cpp" line="49"/>
        <source>Item %1 of %2</source>
        <translation>第 %1 件，共 %2 件</translation>
    </message>
</context>
<context>
    <name>Omnitote::ToteController</name>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="71"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/totecontroller.cpp" line="73"/>
        <source>Saving %n change(s)…</source>
        <translation>
            <numerusform>正在保存 %n 项更改…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/totecontroller.cpp" line="75"/>
        <source>Offline: %n change(s) will be saved when the connection is back</source>
        <translation>
            <numerusform>离线：连接恢复后将保存 %n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="79"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="127"/>
        <source>There is no product to add</source>
        <translation>没有可添加的商品</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="129"/>
        <source>Unknown fulfilment or source: %1, %2</source>
        <translation>未知的取货方式或来源：%1、%2</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="145"/>
        <source>Unknown fulfilment: %1</source>
        <translation>未知的取货方式：%1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="166"/>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
</context>
<context>
    <name>PickLineDelegate</name>
    <message>
        <location filename="../../qml/PickLineDelegate.qml" line="29"/>
        <source>%1, %2 of %3 picked</source>
        <translation>%1，已拣 %2/%3</translation>
    </message>
    <message>
        <location filename="../../qml/PickLineDelegate.qml" line="48"/>
        <source>%1 · %2 on hand</source>
        <translation>%1 · 库存 %2</translation>
    </message>
    <message>
        <location filename="../../qml/PickLineDelegate.qml" line="61"/>
        <source>%1 / %2 (%3 short)</source>
        <translation>%1 / %2（缺 %3）</translation>
    </message>
    <message>
        <location filename="../../qml/PickLineDelegate.qml" line="62"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../qml/PickLineDelegate.qml" line="67"/>
        <source>Short</source>
        <translation>缺货</translation>
    </message>
    <message>
        <location filename="../../qml/PickLineDelegate.qml" line="71"/>
        <source>Not on the shelf: %1</source>
        <translation>货架上没有：%1</translation>
    </message>
    <message>
        <location filename="../../qml/PickLineDelegate.qml" line="75"/>
        <source>Substitute</source>
        <translation>替代</translation>
    </message>
    <message>
        <location filename="../../qml/PickLineDelegate.qml" line="79"/>
        <source>Substitute %1</source>
        <translation>替代 %1</translation>
    </message>
</context>
<context>
    <name>PickScreen</name>
    <message>
        <location filename="../../qml/PickScreen.qml" line="24"/>
        <source>Back to the queue</source>
        <translation>返回队列</translation>
    </message>
    <message>
        <location filename="../../qml/PickScreen.qml" line="32"/>
        <source>Tote %1</source>
        <translation>购物袋 %1</translation>
    </message>
    <message>
        <location filename="../../qml/PickScreen.qml" line="42"/>
        <location filename="../../qml/PickScreen.qml" line="44"/>
        <source>Item code</source>
        <translation>商品代码</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/PickScreen.qml" line="86"/>
        <source>%n line(s) ship to the shopper&apos;s home; nothing to pick.</source>
        <translation>
            <numerusform>%n 行送货到顾客家中，无需拣货。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/PickScreen.qml" line="93"/>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../qml/PickScreen.qml" line="99"/>
        <source>Complete the pick</source>
        <translation>完成拣货</translation>
    </message>
</context>
<context>
    <name>ProductCard</name>
    <message>
        <location filename="../../qml/ProductCard.qml" line="22"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../qml/ProductCard.qml" line="79"/>
        <source>Online only</source>
        <translation>仅限网店</translation>
    </message>
</context>
<context>
    <name>ProductDetails</name>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="51"/>
        <source>Online only · ships to your home</source>
        <translation>仅限网购 · 送货上门</translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="65"/>
        <source>No reviews yet</source>
        <translation>暂无评价</translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="66"/>
        <source>%1 · 1 review</source>
        <translation>%1 · 1 条评价</translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="68"/>
        <source>%1 · %2 reviews</source>
        <translation>%1 · %2 条评价</translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="77"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="85"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
</context>
<context>
    <name>ProductGallery</name>
    <message>
        <location filename="../../qml/ProductGallery.qml" line="14"/>
        <source>Photos of %1</source>
        <translation>%1 的照片</translation>
    </message>
    <message>
        <location filename="../../qml/ProductGallery.qml" line="44"/>
        <source>Photo %1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
    <message>
        <location filename="../../qml/ProductGallery.qml" line="62"/>
        <source>Show photo %1</source>
        <translation>显示第 %1 张照片</translation>
    </message>
</context>
<context>
    <name>ProductScreen</name>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="22"/>
        <source>Scan a product&apos;s barcode, or type its code above.</source>
        <translation>请扫描商品条形码，或在上方输入代码。</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="95"/>
        <source>Loading the product</source>
        <translation>正在加载商品</translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message numerus="yes">
        <location filename="../../qml/QueueScreen.qml" line="25"/>
        <source>Checkout queue (%n tote(s))</source>
        <translation>
            <numerusform>结账队列（%n 个购物袋）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/QueueScreen.qml" line="35"/>
        <location filename="../../qml/QueueScreen.qml" line="37"/>
        <source>Pickup code</source>
        <translation>取货码</translation>
    </message>
    <message>
        <location filename="../../qml/QueueScreen.qml" line="42"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../qml/QueueScreen.qml" line="45"/>
        <source>Open the tote with this code</source>
        <translation>用此代码打开购物袋</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/QueueScreen.qml" line="82"/>
        <source>%1 · %n item(s) · %2</source>
        <translation>
            <numerusform>%1 · %n 件商品 · %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/QueueScreen.qml" line="83"/>
        <source>picking: %1</source>
        <translation>拣货人：%1</translation>
    </message>
    <message>
        <location filename="../../qml/QueueScreen.qml" line="90"/>
        <source>No one is waiting.</source>
        <translation>没有人在等待。</translation>
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
    <name>RatingSummary</name>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="22"/>
        <source>Reviews</source>
        <translation>评价</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/RatingSummary.qml" line="39"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n 条评价</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="39"/>
        <source>No reviews yet</source>
        <translation>暂无评价</translation>
    </message>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="54"/>
        <source>%1 stars: %2</source>
        <translation>%1 星：%2</translation>
    </message>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="88"/>
        <source>Newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="89"/>
        <source>Highest rated</source>
        <translation>评分最高</translation>
    </message>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="90"/>
        <source>Lowest rated</source>
        <translation>评分最低</translation>
    </message>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="99"/>
        <source>Sort reviews: %1</source>
        <translation>评价排序：%1</translation>
    </message>
</context>
<context>
    <name>RelatedStrip</name>
    <message>
        <location filename="../../qml/RelatedStrip.qml" line="17"/>
        <source>You may also like</source>
        <translation>您可能还喜欢</translation>
    </message>
</context>
<context>
    <name>ReviewDelegate</name>
    <message>
        <location filename="../../qml/ReviewDelegate.qml" line="18"/>
        <source>%1 out of 5 stars. %2. %3</source>
        <translation>5 星中的 %1 星。%2。%3</translation>
    </message>
    <message>
        <location filename="../../qml/ReviewDelegate.qml" line="41"/>
        <source>%1 · %2 · verified buyer</source>
        <translation>%1 · %2 · 已验证买家</translation>
    </message>
    <message>
        <location filename="../../qml/ReviewDelegate.qml" line="42"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ReviewList</name>
    <message>
        <location filename="../../qml/ReviewList.qml" line="18"/>
        <source>Reviews</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../qml/ReviewList.qml" line="40"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../qml/ReviewList.qml" line="51"/>
        <source>Loading reviews…</source>
        <translation>正在加载评价…</translation>
    </message>
    <message>
        <location filename="../../qml/ReviewList.qml" line="52"/>
        <source>More reviews (%1 of %2 shown)</source>
        <translation>更多评价（已显示 %1/%2）</translation>
    </message>
</context>
<context>
    <name>ScannerStatus</name>
    <message>
        <location filename="../../qml/ScannerStatus.qml" line="19"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="28"/>
        <source>Search for products, brands or categories</source>
        <translation>搜索商品、品牌或类别</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="30"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="44"/>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="47"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="56"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="67"/>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="70"/>
        <source>In stock here</source>
        <translation>本店有货</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="75"/>
        <source>Online only</source>
        <translation>仅限网店</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="83"/>
        <source>Up to %1</source>
        <translation>%1 以内</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="92"/>
        <source>%1★ and up</source>
        <translation>%1★ 及以上</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="93"/>
        <source>Rated %1 stars or more</source>
        <translation>评分 %1 星及以上</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="104"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="105"/>
        <source>No products match. Try fewer words or filters.</source>
        <translation>没有匹配的商品。请减少关键词或筛选条件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/SearchScreen.qml" line="106"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 件商品</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="124"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="20"/>
        <source>Scan your staff badge</source>
        <translation>请扫描您的员工卡</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="27"/>
        <source>or enter your staff number and PIN</source>
        <translation>或输入您的员工编号和 PIN 码</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="38"/>
        <location filename="../../qml/SignInScreen.qml" line="40"/>
        <source>Staff number</source>
        <translation>员工编号</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="48"/>
        <location filename="../../qml/SignInScreen.qml" line="51"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="59"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="73"/>
        <source>Signing in</source>
        <translation>正在登录</translation>
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
<context>
    <name>StockPanel</name>
    <message>
        <location filename="../../qml/StockPanel.qml" line="19"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="37"/>
        <source>Here at %1</source>
        <translation>本店：%1</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="38"/>
        <source>In this store</source>
        <translation>本店</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="47"/>
        <source>Not on the shelf here</source>
        <translation>本店货架上没有</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/StockPanel.qml" line="48"/>
        <location filename="../../qml/StockPanel.qml" line="97"/>
        <source>%n in stock</source>
        <translation>
            <numerusform>有货 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="55"/>
        <source>Aisle %1, bay %2</source>
        <translation>%1 号通道，%2 货位</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="60"/>
        <source>Only a few left. Ask an associate if you cannot find it.</source>
        <translation>仅剩少量。如找不到，请咨询店员。</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="65"/>
        <source>Online only: not sold in stores. We ship it to your home.</source>
        <translation>仅限网店：门店不销售。我们将寄送到您家。</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="72"/>
        <source>Nearby stores</source>
        <translation>附近门店</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="97"/>
        <source>Out of stock</source>
        <translation>缺货</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="111"/>
        <source>Online</source>
        <translation>网店</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/StockPanel.qml" line="121"/>
        <source>%n available</source>
        <translation>
            <numerusform>可购 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/StockPanel.qml" line="122"/>
        <source>ships in %n day(s)</source>
        <translation>
            <numerusform>%n 天内发货</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="123"/>
        <source>Sold out online</source>
        <translation>网店已售罄</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="127"/>
        <source>Checking stock…</source>
        <translation>正在查询库存…</translation>
    </message>
</context>
<context>
    <name>SubstituteDialog</name>
    <message>
        <location filename="../../qml/SubstituteDialog.qml" line="31"/>
        <source>Substitute for %1</source>
        <translation>%1 的替代品</translation>
    </message>
    <message>
        <location filename="../../qml/SubstituteDialog.qml" line="50"/>
        <source>The shopper agrees to this substitute</source>
        <translation>顾客同意此替代品</translation>
    </message>
    <message>
        <location filename="../../qml/SubstituteDialog.qml" line="59"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../qml/SubstituteDialog.qml" line="66"/>
        <source>Substitute</source>
        <translation>替代</translation>
    </message>
    <message>
        <location filename="../../qml/SubstituteDialog.qml" line="71"/>
        <source>Record the substitute</source>
        <translation>记录替代品</translation>
    </message>
</context>
<context>
    <name>TillScreen</name>
    <message>
        <location filename="../../qml/TillScreen.qml" line="34"/>
        <source>Tote QR for the till</source>
        <translation>收银台用购物袋二维码</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="41"/>
        <source>Scan to till, item by item</source>
        <translation>逐件扫描到收银台</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="55"/>
        <source>QR code of the tote for the till</source>
        <translation>供收银台使用的购物袋二维码</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="64"/>
        <source>%1 · %2 · quantity %3</source>
        <translation>%1 · %2 · 数量 %3</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="75"/>
        <source>Barcode %1</source>
        <translation>条形码 %1</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="88"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="93"/>
        <source>Previous item</source>
        <translation>上一件商品</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="97"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="103"/>
        <source>Next item</source>
        <translation>下一件商品</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="111"/>
        <source>Done, back to the queue</source>
        <translation>完成，返回队列</translation>
    </message>
</context>
<context>
    <name>ToteBadge</name>
    <message>
        <location filename="../../qml/ToteBadge.qml" line="10"/>
        <source>Tote</source>
        <translation>购物袋</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ToteBadge.qml" line="15"/>
        <source>Tote, %n item(s)</source>
        <translation>
            <numerusform>购物袋，%n 件商品</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToteLineDelegate</name>
    <message>
        <location filename="../../qml/ToteLineDelegate.qml" line="44"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../qml/ToteLineDelegate.qml" line="50"/>
        <source>Ship</source>
        <translation>送货到家</translation>
    </message>
    <message>
        <location filename="../../qml/ToteLineDelegate.qml" line="50"/>
        <source>Take now</source>
        <translation>当场带走</translation>
    </message>
    <message>
        <location filename="../../qml/ToteLineDelegate.qml" line="50"/>
        <source>Pick up</source>
        <translation>到店自取</translation>
    </message>
    <message>
        <location filename="../../qml/ToteLineDelegate.qml" line="63"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>ToteScreen</name>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="25"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ToteScreen.qml" line="32"/>
        <source>Your tote (%n item(s))</source>
        <translation>
            <numerusform>您的购物袋（%n 件商品）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="58"/>
        <source>Your tote is empty. Scan a product to add it.</source>
        <translation>您的购物袋是空的。扫描商品即可添加。</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="77"/>
        <source>Undo remove</source>
        <translation>撤销移除</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="88"/>
        <source>Take now %1 · Pick up %2 · Ship %3 · Total %4</source>
        <translation>当场带走 %1 · 到店自取 %2 · 送货 %3 · 合计 %4</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="93"/>
        <source>Finish at checkout</source>
        <translation>在收银台结账</translation>
    </message>
</context>
<context>
    <name>VariantPicker</name>
    <message>
        <location filename="../../qml/VariantPicker.qml" line="22"/>
        <source>In stock here</source>
        <translation>本店有货</translation>
    </message>
    <message>
        <location filename="../../qml/VariantPicker.qml" line="23"/>
        <source>At a nearby store</source>
        <translation>附近门店有货</translation>
    </message>
    <message>
        <location filename="../../qml/VariantPicker.qml" line="24"/>
        <source>Online</source>
        <translation>网店</translation>
    </message>
    <message>
        <location filename="../../qml/VariantPicker.qml" line="25"/>
        <source>Sold out</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <location filename="../../qml/VariantPicker.qml" line="60"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
</TS>
