<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessibilityBar</name>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="13"/>
        <source>Display options</source>
        <translation>显示选项</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="39"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="40"/>
        <source>Large text</source>
        <translation>大字体</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="46"/>
        <source>Contrast</source>
        <translation>对比度</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="47"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="54"/>
        <source>Reach</source>
        <translation>按钮下移</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="55"/>
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
    <name>AdminPinPad</name>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="18"/>
        <source>Staff settings</source>
        <translation>员工设置</translation>
    </message>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="27"/>
        <source>Enter the admin PIN</source>
        <translation>输入管理员 PIN</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/AdminPinPad.qml" line="31"/>
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>已输入 %n 位数字</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="38"/>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>PIN 错误次数过多，请在 %1 秒后重试。</translation>
    </message>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="39"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="55"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="56"/>
        <source>Delete last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="78"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="24"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="30"/>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="37"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="74"/>
        <source>%1 (set by the device&apos;s provisioning)</source>
        <translation>%1（由设备预配设置）</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="87"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="111"/>
        <source>Saved to %1. Restart the kiosk to apply.</source>
        <translation>已保存到 %1。重启自助终端后生效。</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="120"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="127"/>
        <source>Undo changes</source>
        <translation>撤销更改</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="134"/>
        <source>Restart kiosk</source>
        <translation>重启自助终端</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="195"/>
        <source>Check the backend again</source>
        <translation>再次检查后端</translation>
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
        <location filename="../../qml/AttractScreen.qml" line="29"/>
        <source>Welcome</source>
        <translation>欢迎光临</translation>
    </message>
    <message>
        <location filename="../../qml/AttractScreen.qml" line="61"/>
        <source>Scan or tap a product</source>
        <translation>扫描或轻触商品</translation>
    </message>
    <message>
        <location filename="../../qml/AttractScreen.qml" line="71"/>
        <source>Hold a barcode up to the camera, tap the NFC mark, or touch the screen to enter a code.</source>
        <translation>将条形码对准摄像头、轻触 NFC 标志，或触摸屏幕输入代码。</translation>
    </message>
</context>
<context>
    <name>CameraViewfinder</name>
    <message>
        <location filename="../../qml/CameraViewfinder.qml" line="16"/>
        <source>Camera viewfinder</source>
        <translation>摄像头取景器</translation>
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
    <name>EmailAddressField</name>
    <message>
        <location filename="../../qml/EmailAddressField.qml" line="20"/>
        <source>name@example.com</source>
        <translation>例如 name@example.com</translation>
    </message>
    <message>
        <location filename="../../qml/EmailAddressField.qml" line="24"/>
        <source>Email address</source>
        <translation>电子邮件地址</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <location filename="../../qml/EmailDialog.qml" line="35"/>
        <source>Email me my list</source>
        <translation>将清单发到我的邮箱</translation>
    </message>
    <message>
        <location filename="../../qml/EmailDialog.qml" line="41"/>
        <source>We email you this tote with a link to your online cart, so you can finish at home.</source>
        <translation>我们会把这个购物袋和您网上购物车的链接发到您的邮箱，方便您在家完成购买。</translation>
    </message>
    <message>
        <location filename="../../qml/EmailDialog.qml" line="56"/>
        <source>Also send me offers and news by email. I can unsubscribe at any time.</source>
        <translation>也请通过电子邮件向我发送优惠和新闻。我可以随时退订。</translation>
    </message>
    <message>
        <location filename="../../qml/EmailDialog.qml" line="66"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location filename="../../qml/EmailDialog.qml" line="78"/>
        <source>Send my list</source>
        <translation>发送我的清单</translation>
    </message>
    <message>
        <location filename="../../qml/EmailDialog.qml" line="88"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../qml/EmailDialog.qml" line="97"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../qml/EmailDialog.qml" line="97"/>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <name>IdentifyDialog</name>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="38"/>
        <source>Use my account</source>
        <translation>使用我的账户</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="56"/>
        <source>6-digit code</source>
        <translation>6 位验证码</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="60"/>
        <source>Code from the email</source>
        <translation>邮件中的验证码</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="66"/>
        <source>One moment…</source>
        <translation>请稍候…</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="85"/>
        <source>Your cart: %1</source>
        <translation>您的购物车：%1</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="97"/>
        <source>Email me a code</source>
        <translation>给我发送验证码</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="107"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="117"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="126"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="126"/>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <location filename="../../qml/Main.qml" line="33"/>
        <source>Omnitote</source>
        <translation>Omnitote</translation>
    </message>
</context>
<context>
    <name>Omnitote</name>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="33"/>
        <source>The server did not answer in time</source>
        <translation>服务器未及时响应</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="35"/>
        <source>The secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="37"/>
        <source>The request was cancelled</source>
        <translation>请求已取消</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="39"/>
        <source>The response was too large</source>
        <translation>响应过大</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="44"/>
        <source>The server could not be reached</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="63"/>
        <source>The request has not finished yet</source>
        <translation>请求尚未完成</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="97"/>
        <source>Unexpected response</source>
        <translation>意外的响应</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="98"/>
        <source>The server sent %1 instead of JSON</source>
        <translation>服务器发送了 %1 而不是 JSON</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="109"/>
        <source>Invalid response</source>
        <translation>无效的响应</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="110"/>
        <source>The server sent invalid JSON: %1 at offset %2</source>
        <translation>服务器发送了无效的 JSON：%1（位置 %2）</translation>
    </message>
</context>
<context>
    <name>Omnitote::AdminGate</name>
    <message>
        <location filename="../../app/kiosk/admingate.cpp" line="52"/>
        <source>Settings are locked: no admin PIN is set on this device. Store IT sets one with &quot;omnitote admin-pin&quot;.</source>
        <translation>设置已锁定：此设备未设置管理员 PIN。请门店 IT 使用 &quot;omnitote admin-pin&quot; 设置。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/admingate.cpp" line="57"/>
        <location filename="../../app/kiosk/admingate.cpp" line="113"/>
        <source>Too many wrong PINs. Try again later.</source>
        <translation>PIN 错误次数过多，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/admingate.cpp" line="67"/>
        <source>The PIN has 4 to 12 digits.</source>
        <translation>PIN 为 4 到 12 位数字。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/admingate.cpp" line="103"/>
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>PIN 错误，还剩 %n 次机会。</numerusform>
        </translation>
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
    <name>Omnitote::CameraController</name>
    <message>
        <location filename="../../app/kiosk/cameracontroller.cpp" line="36"/>
        <source>No camera — use the scanner or type the code</source>
        <translation>没有摄像头——请使用扫描枪或输入条码</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/cameracontroller.cpp" line="39"/>
        <source>Starting the camera…</source>
        <translation>正在启动摄像头…</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/cameracontroller.cpp" line="41"/>
        <source>The camera is not working (%1) — use the scanner or type the code</source>
        <translation>摄像头无法工作（%1）——请使用扫描枪或输入条码</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/cameracontroller.cpp" line="44"/>
        <source>The camera is off — use the scanner or type the code</source>
        <translation>摄像头已关闭——请使用扫描枪或输入条码</translation>
    </message>
</context>
<context>
    <name>Omnitote::CameraScanSource</name>
    <message>
        <location filename="../../hardware/camera/camerascansource.cpp" line="44"/>
        <source>Frame feed</source>
        <translation>帧输入</translation>
    </message>
    <message>
        <location filename="../../hardware/camera/camerascansource.cpp" line="80"/>
        <source>No camera found</source>
        <translation>未找到摄像头</translation>
    </message>
    <message>
        <location filename="../../hardware/camera/camerascansource.cpp" line="94"/>
        <source>No camera &quot;%1&quot; (found: %2)</source>
        <translation>没有摄像头“%1”（找到：%2）</translation>
    </message>
    <message>
        <location filename="../../hardware/camera/camerascansource.cpp" line="121"/>
        <source>Barcode decoder unavailable: %1</source>
        <translation>条码解码器不可用：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hardware/camera/camerascansource.cpp" line="142"/>
        <source>Barcode decoder restarted after a crash (%n so far)</source>
        <translation>
            <numerusform>条码解码器崩溃后已重启（目前共 %n 次）</numerusform>
        </translation>
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
    <name>Omnitote::CustomerLinkController</name>
    <message>
        <location filename="../../app/kiosk/customerlinkcontroller.cpp" line="34"/>
        <location filename="../../app/kiosk/customerlinkcontroller.cpp" line="91"/>
        <source>Your account cannot be linked right now. Please try again in a moment.</source>
        <translation>目前无法关联您的账户，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/customerlinkcontroller.cpp" line="85"/>
        <source>This code has expired. Please reopen the code in your app and scan it again.</source>
        <translation>此二维码已过期。请在应用中重新打开二维码后再扫描。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/customerlinkcontroller.cpp" line="87"/>
        <source>This code is not valid. Please show the code from the store&apos;s app.</source>
        <translation>此二维码无效。请出示本店应用中的二维码。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/customerlinkcontroller.cpp" line="89"/>
        <source>That is not a customer code. Please show the code from the store&apos;s app.</source>
        <translation>这不是顾客二维码。请出示本店应用中的二维码。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/customerlinkcontroller.cpp" line="92"/>
        <source>Your account could not be linked: %1</source>
        <translation>无法关联您的账户：%1</translation>
    </message>
</context>
<context>
    <name>Omnitote::DiagnosticsModel</name>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="54"/>
        <source>Scanners and readers</source>
        <translation>扫描器和读卡器</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="58"/>
        <source>None configured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="59"/>
        <source>Only typed codes work. Configure a scanner in Settings.</source>
        <translation>只能手动输入条码。请在设置中配置扫描器。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="71"/>
        <source>Scans this session</source>
        <translation>本次会话扫描次数</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="74"/>
        <source>Backend</source>
        <translation>后端</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="76"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="84"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="89"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="95"/>
        <source>Tote sync</source>
        <translation>购物袋同步</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="97"/>
        <source>Local tote storage</source>
        <translation>本地购物袋存储</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="98"/>
        <source>Open</source>
        <translation>已打开</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="98"/>
        <source>Not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="106"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="107"/>
        <source>%1, %n change(s) waiting</source>
        <translation>
            <numerusform>%1，%n 项更改待同步</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="109"/>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="112"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="116"/>
        <source>Free disk</source>
        <translation>可用磁盘空间</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="122"/>
        <source>Cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="124"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>Omnitote::EmailController</name>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="54"/>
        <source>Type your email address.</source>
        <translation>请输入您的电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="56"/>
        <source>Use only Latin letters, digits and . _ - + in the address.</source>
        <translation>地址中只能使用拉丁字母、数字和 . _ - +。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="58"/>
        <source>Remove the spaces from the address.</source>
        <translation>请删除地址中的空格。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="60"/>
        <source>An email address has an @, like name@example.com.</source>
        <translation>电子邮件地址中需要有 @，例如 name@example.com。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="62"/>
        <source>Check the part before the @.</source>
        <translation>请检查 @ 前面的部分。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="64"/>
        <source>Check the part after the @, like example.com.</source>
        <translation>请检查 @ 后面的部分，例如 example.com。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="66"/>
        <source>This address is too long.</source>
        <translation>此地址太长。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="106"/>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="303"/>
        <source>Your tote is empty. Add something to it first.</source>
        <translation>您的购物袋是空的。请先添加商品。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="125"/>
        <source>Sent! Your list is on its way to %1.</source>
        <translation>已发送！您的清单正在发往 %1。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="148"/>
        <source>We sent a 6-digit code to %1. Type it below; it is valid for 10 minutes.</source>
        <translation>我们已向 %1 发送了 6 位验证码。请在下方输入，10 分钟内有效。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="157"/>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="308"/>
        <source>The code has 6 digits.</source>
        <translation>验证码为 6 位数字。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="265"/>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="279"/>
        <source>We could not reach our server. Your address is kept: try again in a moment, or ask a member of staff.</source>
        <translation>无法连接到我们的服务器。您的地址已保留：请稍后重试，或咨询店员。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="289"/>
        <source>This address has had as many lists as we send in a day. Please try again tomorrow.</source>
        <translation>此地址今天收到的清单已达上限。请明天再试。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="291"/>
        <source>Too many codes were sent to this address. Please wait an hour and try again.</source>
        <translation>向此地址发送的验证码过多。请一小时后再试。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="293"/>
        <source>This store has sent a lot of emails in the last hour. Please try again later.</source>
        <translation>本店在过去一小时内发送了大量邮件。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="295"/>
        <source>This kiosk has sent a lot of emails in the last hour. Please try again later or ask a member of staff.</source>
        <translation>此自助终端在过去一小时内发送了大量邮件。请稍后再试或咨询店员。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="301"/>
        <source>This address was not accepted. Please check it.</source>
        <translation>此地址未被接受。请检查。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="311"/>
        <source>The code has expired. Ask for a new one.</source>
        <translation>验证码已过期。请重新获取。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="312"/>
        <source>Too many wrong tries. Ask for a new code.</source>
        <translation>错误次数过多。请重新获取验证码。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="314"/>
        <source>That did not work. Please ask a member of staff.</source>
        <translation>操作未成功。请咨询店员。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="347"/>
        <source>Welcome back! This tote is now saved to your account.</source>
        <translation>欢迎回来！此购物袋已保存到您的账户。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/emailcontroller.cpp" line="306"/>
        <source>That code is not right. %n tries left.</source>
        <translation>
            <numerusform>验证码不正确。还剩 %n 次机会。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Omnitote::EvdevScanner</name>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="74"/>
        <source>No scanner at %1; waiting for one</source>
        <translation>%1 上没有扫描器；正在等待</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="77"/>
        <source>No permission to read %1 (the kiosk user needs the &quot;input&quot; group)</source>
        <translation>无权读取 %1（信息亭用户需要加入“input”组）</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="79"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="88"/>
        <source>%1 is grabbed by another program</source>
        <translation>%1 已被其他程序占用</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="89"/>
        <source>Cannot grab %1 (is it an input device?): %2</source>
        <translation>无法独占 %1（它是输入设备吗？）：%2</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="102"/>
        <source>Reading the scanner at %1</source>
        <translation>正在读取 %1 上的扫描器</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="127"/>
        <source>%1: %2; trying again</source>
        <translation>%1：%2；正在重试</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="141"/>
        <source>unplugged</source>
        <translation>已拔出</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="145"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>Omnitote::HidWedgeScanner</name>
    <message>
        <location filename="../../hardware/hid/hidwedgescanner.cpp" line="77"/>
        <source>No application to listen to</source>
        <translation>没有可监听的应用程序</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/hidwedgescanner.cpp" line="82"/>
        <source>Listening for a USB scanner in keyboard mode</source>
        <translation>正在监听键盘模式的 USB 扫描器</translation>
    </message>
</context>
<context>
    <name>Omnitote::HttpClient</name>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="380"/>
        <source>The request header &quot;%1&quot; is not valid</source>
        <translation>请求头“%1”无效</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="423"/>
        <source>Connecting to %1 timed out after %2 s</source>
        <translation>连接 %1 超时（%2 秒）</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="426"/>
        <source>The request to %1 timed out after %2 s</source>
        <translation>对 %1 的请求超时（%2 秒）</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="436"/>
        <source>Could not connect to %1 (%2)</source>
        <translation>无法连接到 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="442"/>
        <source>Could not find the server %1 (host name lookup failed)</source>
        <translation>找不到服务器 %1（主机名解析失败）</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="448"/>
        <source>TLS certificate for host %1 could not be verified (%2)</source>
        <translation>无法验证主机 %1 的 TLS 证书（%2）</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="462"/>
        <source>Secure connection to %1 failed%2</source>
        <translation>与 %1 的安全连接失败%2</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="472"/>
        <source>%1 closed the connection without answering</source>
        <translation>%1 未应答就关闭了连接</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="477"/>
        <source>%1 closed the connection before the response was complete</source>
        <translation>%1 在响应完成前关闭了连接</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="482"/>
        <source>The compressed response from %1 could not be decoded</source>
        <translation>无法解码来自 %1 的压缩响应</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="486"/>
        <location filename="../../app/net/httpclient.cpp" line="493"/>
        <source>The request to %1 failed%2</source>
        <translation>对 %1 的请求失败%2</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="490"/>
        <source>The response from %1 is larger than the limit of %2</source>
        <translation>来自 %1 的响应超过了 %2 的限制</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="510"/>
        <source>The request to %1 was cancelled because the client shut down</source>
        <translation>由于客户端关闭，对 %1 的请求已取消</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="524"/>
        <source>Cannot send a request to &quot;%1&quot;: only http and https URLs are supported</source>
        <translation>无法向“%1”发送请求：仅支持 http 和 https 地址</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="542"/>
        <source>The network library could not start a request</source>
        <translation>网络库无法发起请求</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="551"/>
        <source>The network library refused the request: %1</source>
        <translation>网络库拒绝了请求：%1</translation>
    </message>
</context>
<context>
    <name>Omnitote::HttpReply</name>
    <message>
        <location filename="../../app/net/httpreply.cpp" line="37"/>
        <source>The request to %1 was cancelled</source>
        <translation>对 %1 的请求已取消</translation>
    </message>
</context>
<context>
    <name>Omnitote::KioskApplication</name>
    <message>
        <location filename="../../app/kiosk/kioskapplication.cpp" line="255"/>
        <source>The built-in store system could not start: %1</source>
        <translation>内置门店系统无法启动：%1</translation>
    </message>
</context>
<context>
    <name>Omnitote::LibNfcReader</name>
    <message>
        <location filename="../../hardware/nfc/libnfcreader.cpp" line="27"/>
        <source>Opening the NFC reader</source>
        <translation>正在打开 NFC 读卡器</translation>
    </message>
</context>
<context>
    <name>Omnitote::NfcReaderWorker</name>
    <message>
        <location filename="../../hardware/nfc/nfcreaderworker.cpp" line="66"/>
        <source>libnfc could not be initialised</source>
        <translation>无法初始化 libnfc</translation>
    </message>
    <message>
        <location filename="../../hardware/nfc/nfcreaderworker.cpp" line="114"/>
        <source>NFC reader not responding (%1); reconnecting</source>
        <translation>NFC 读卡器无响应（%1）；正在重新连接</translation>
    </message>
    <message>
        <location filename="../../hardware/nfc/nfcreaderworker.cpp" line="124"/>
        <source>any port</source>
        <translation>任意端口</translation>
    </message>
    <message>
        <location filename="../../hardware/nfc/nfcreaderworker.cpp" line="126"/>
        <source>No NFC reader at %1; retrying</source>
        <translation>%1 上没有 NFC 读卡器；正在重试</translation>
    </message>
    <message>
        <location filename="../../hardware/nfc/nfcreaderworker.cpp" line="133"/>
        <source>NFC reader %1 ready</source>
        <translation>NFC 读卡器 %1 已就绪</translation>
    </message>
    <message>
        <location filename="../../hardware/nfc/nfcreaderworker.cpp" line="169"/>
        <source>Read tag %1</source>
        <translation>已读取标签 %1</translation>
    </message>
    <message>
        <location filename="../../hardware/nfc/nfcreaderworker.cpp" line="173"/>
        <source>Tag moved away before it was read; tap again</source>
        <translation>标签在读取前被移开；请再碰一次</translation>
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
        <location filename="../../app/kiosk/productcontroller.cpp" line="49"/>
        <source>The store&apos;s system is still starting. Please try again in a moment.</source>
        <translation>门店系统仍在启动，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/productcontroller.cpp" line="77"/>
        <source>We could not find a product for “%1”.</source>
        <translation>未找到与“%1”对应的商品。</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/productcontroller.cpp" line="147"/>
        <source>Stock and prices from the offline copy; their age is unknown</source>
        <translation>库存和价格来自离线副本，更新时间未知</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/productcontroller.cpp" line="150"/>
        <source>Stock and prices updated just now</source>
        <translation>库存和价格刚刚更新</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/productcontroller.cpp" line="152"/>
        <source>Stock and prices updated %n min ago</source>
        <translation>
            <numerusform>库存和价格 %n 分钟前更新</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/kiosk/productcontroller.cpp" line="156"/>
        <source>Stock and prices as of %1</source>
        <extracomment>%1 is a time (&quot;14:02&quot;) or, on another day, a date and time</extracomment>
        <translation>库存和价格截至 %1</translation>
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
        <location filename="../../app/kiosk/scancontroller.cpp" line="139"/>
        <source>That code could not be read: %1. Please scan it again.</source>
        <translation>无法识别该条码：%1。请重新扫描。</translation>
    </message>
</context>
<context>
    <name>Omnitote::SearchModel</name>
    <message>
        <location filename="../../app/kiosk/searchmodel.cpp" line="50"/>
        <source>Offline results. %1</source>
        <extracomment>%1 says how old the offline copy&apos;s stock and prices are</extracomment>
        <translation>离线结果。%1</translation>
    </message>
</context>
<context>
    <name>Omnitote::SettingsModel</name>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="42"/>
        <source>Backend URL (empty: built-in demo backend)</source>
        <translation>后端 URL（留空：内置演示后端）</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="44"/>
        <source>Store id</source>
        <translation>门店 ID</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="45"/>
        <source>Device token</source>
        <translation>设备令牌</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="46"/>
        <source>Default language (en, zh_CN, et, pl)</source>
        <translation>默认语言（en、zh_CN、et、pl）</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="48"/>
        <source>Seconds before &quot;Still there?&quot;</source>
        <translation>显示“还在吗？”之前的秒数</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="50"/>
        <source>Mode: shopper kiosk or associate tablet (shopper, associate)</source>
        <translation>模式：顾客自助终端或店员平板（shopper、associate）</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="54"/>
        <source>Camera (auto, none, or a camera&apos;s id)</source>
        <translation>摄像头（auto、none 或摄像头 ID）</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="56"/>
        <source>Same code again within (ms) is one scan</source>
        <translation>在此时间内（毫秒）重复的条码算作一次扫描</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="58"/>
        <source>USB scanner in keyboard mode (1 on, 0 off)</source>
        <translation>键盘模式 USB 扫描器（1 开，0 关）</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="60"/>
        <source>USB scanner prefix</source>
        <translation>USB 扫描器前缀</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="62"/>
        <source>USB scanner suffix</source>
        <translation>USB 扫描器后缀</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="64"/>
        <source>USB scanner: longest pause between keys (ms)</source>
        <translation>USB 扫描器：按键间最长间隔（毫秒）</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="66"/>
        <source>USB scanner: shortest code</source>
        <translation>USB 扫描器：最短条码长度</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="68"/>
        <source>USB scanner input device (/dev/input/eventN)</source>
        <translation>USB 扫描器输入设备（/dev/input/eventN）</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="70"/>
        <source>NFC reader (libnfc connstring, or auto)</source>
        <translation>NFC 读卡器（libnfc 连接字符串，或 auto）</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="72"/>
        <source>Product URLs NFC tags may open (comma-separated)</source>
        <translation>NFC 标签可打开的商品 URL（逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="187"/>
        <source>The kiosk could not restart itself. Restart the device.</source>
        <translation>自助终端无法自行重启，请重启设备。</translation>
    </message>
</context>
<context>
    <name>Omnitote::SimulatedNfcReader</name>
    <message>
        <location filename="../../hardware/nfc/simulatednfcreader.cpp" line="14"/>
        <source>Simulated NFC reader</source>
        <translation>模拟 NFC 读卡器</translation>
    </message>
</context>
<context>
    <name>Omnitote::SimulatedScanSource</name>
    <message>
        <location filename="../../hardware/hid/simulatedscansource.cpp" line="23"/>
        <source>Simulated scanner</source>
        <translation>模拟扫描器</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/simulatedscansource.cpp" line="63"/>
        <source>Cannot read scans from %1: %2</source>
        <translation>无法从 %1 读取扫描：%2</translation>
    </message>
</context>
<context>
    <name>Omnitote::SyncEngine</name>
    <message>
        <location filename="../../app/tote/syncengine.cpp" line="79"/>
        <source>The tote&apos;s record is missing on this device</source>
        <translation>此设备上缺少购物袋记录</translation>
    </message>
    <message>
        <location filename="../../app/tote/syncengine.cpp" line="209"/>
        <source>A change could not be saved: %1</source>
        <translation>无法保存更改：%1</translation>
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
        <location filename="../../app/kiosk/totecontroller.cpp" line="77"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/totecontroller.cpp" line="79"/>
        <source>Saving %n change(s)…</source>
        <translation>
            <numerusform>正在保存 %n 项更改…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/totecontroller.cpp" line="81"/>
        <source>Offline: %n change(s) will be saved when the connection is back</source>
        <translation>
            <numerusform>离线：%n 项更改将在恢复连接后保存</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="85"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="133"/>
        <source>There is no product to add</source>
        <translation>没有可添加的商品</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="135"/>
        <source>Unknown fulfilment or source: %1, %2</source>
        <translation>未知的取货方式或来源：%1，%2</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="151"/>
        <source>Unknown fulfilment: %1</source>
        <translation>未知的取货方式：%1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="172"/>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
</context>
<context>
    <name>Omnitote::ToteStore</name>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="104"/>
        <location filename="../../app/tote/totestore.cpp" line="108"/>
        <location filename="../../app/tote/totestore.cpp" line="285"/>
        <location filename="../../app/tote/totestore.cpp" line="293"/>
        <location filename="../../app/tote/totestore.cpp" line="435"/>
        <location filename="../../app/tote/totestore.cpp" line="451"/>
        <location filename="../../app/tote/totestore.cpp" line="485"/>
        <location filename="../../app/tote/totestore.cpp" line="497"/>
        <source>Tote storage error: %1</source>
        <translation>购物袋存储错误：%1</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="124"/>
        <source>Cannot open the tote file %1: %2</source>
        <translation>无法打开购物袋文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="132"/>
        <source>The tote file %1 cannot use write-ahead logging</source>
        <translation>购物袋文件 %1 无法使用预写日志</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="141"/>
        <source>The tote file %1 was written by a newer version</source>
        <translation>购物袋文件 %1 由较新版本写入</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="200"/>
        <source>The tote is full: it holds at most %1 different items</source>
        <translation>购物袋已满：最多可放 %1 种不同的商品</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="247"/>
        <source>That item is no longer in the tote</source>
        <translation>该商品已不在购物袋中</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="317"/>
        <location filename="../../app/tote/totestore.cpp" line="433"/>
        <source>The tote is not available</source>
        <translation>购物袋不可用</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="321"/>
        <source>This product cannot be added</source>
        <translation>无法添加此商品</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="325"/>
        <location filename="../../app/tote/totestore.cpp" line="371"/>
        <source>The quantity must be between 1 and %1</source>
        <translation>数量必须在 1 到 %1 之间</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="329"/>
        <location filename="../../app/tote/totestore.cpp" line="394"/>
        <source>This item is sold online only and can only be shipped</source>
        <translation>此商品仅在网上销售，只能配送</translation>
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
        <location filename="../../qml/ProductDetails.qml" line="75"/>
        <source>No reviews yet</source>
        <translation>暂无评价</translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="76"/>
        <source>%1 · 1 review</source>
        <translation>%1 · 1 条评价</translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="78"/>
        <source>%1 · %2 reviews</source>
        <translation>%1 · %2 条评价</translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="87"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="95"/>
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
        <translation>已打开</translation>
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
    <name>ReachBanner</name>
    <message>
        <location filename="../../qml/ReachBanner.qml" line="41"/>
        <source>Every control is in the lower part of the screen. Turn off “Reach” to use the whole screen.</source>
        <translation>所有控件都在屏幕下方。关闭“按钮下移”即可使用整个屏幕。</translation>
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
        <location filename="../../qml/SearchScreen.qml" line="135"/>
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
        <translation>配送</translation>
    </message>
    <message>
        <location filename="../../qml/ToteLineDelegate.qml" line="50"/>
        <source>Take now</source>
        <translation>现在带走</translation>
    </message>
    <message>
        <location filename="../../qml/ToteLineDelegate.qml" line="50"/>
        <source>Pick up</source>
        <translation>到店自提</translation>
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
        <location filename="../../qml/ToteScreen.qml" line="28"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ToteScreen.qml" line="35"/>
        <source>Your tote (%n item(s))</source>
        <translation>
            <numerusform>您的购物袋（%n 件）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="53"/>
        <source>Linked to your account %1: your tote goes to your online cart</source>
        <translation>已关联您的账户 %1：您的购物袋将同步到在线购物车</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="54"/>
        <source>Linking your account…</source>
        <translation>正在关联您的账户…</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="75"/>
        <source>Your tote is empty. Scan a product to add it.</source>
        <translation>您的购物袋是空的。扫描商品即可添加。</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="109"/>
        <source>Undo remove</source>
        <translation>撤销移除</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="120"/>
        <source>Take now %1 · Pick up %2 · Ship %3 · Total %4</source>
        <translation>现在带走 %1 · 到店自提 %2 · 配送 %3 · 合计 %4</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="125"/>
        <source>Finish at checkout</source>
        <translation>在收银台结账</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="95"/>
        <source>Email me my list</source>
        <translation>将清单发到我的邮箱</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="103"/>
        <source>Use my account</source>
        <translation>使用我的账户</translation>
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
