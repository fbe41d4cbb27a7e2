<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_IE" sourcelanguage="en">
<context>
    <name>AccessibilityBar</name>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="12"/>
        <source>Display options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="38"/>
        <source>A+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="39"/>
        <source>Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="45"/>
        <source>Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="46"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="53"/>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="54"/>
        <source>Move the controls to the bottom of the screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddToTotePanel</name>
    <message>
        <location filename="../../qml/AddToTotePanel.qml" line="14"/>
        <location filename="../../qml/AddToTotePanel.qml" line="28"/>
        <source>Add to tote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AddToTotePanel.qml" line="23"/>
        <source>Added to your tote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AddToTotePanel.qml" line="40"/>
        <source>Take it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AddToTotePanel.qml" line="47"/>
        <source>Pick up nearby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AddToTotePanel.qml" line="53"/>
        <source>Ship to my home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPinPad</name>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="18"/>
        <source>Staff settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="27"/>
        <source>Enter the admin PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/AdminPinPad.qml" line="31"/>
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="38"/>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="39"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="55"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="56"/>
        <source>Delete last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="78"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="24"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="30"/>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="37"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="74"/>
        <source>%1 (set by the device&apos;s provisioning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="87"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="111"/>
        <source>Saved to %1. Restart the kiosk to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="120"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="127"/>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="134"/>
        <source>Restart kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="195"/>
        <source>Check the backend again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../qml/AttractScreen.qml" line="28"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AttractScreen.qml" line="52"/>
        <source>Scan or tap a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AttractScreen.qml" line="62"/>
        <source>Hold a barcode up to the camera, tap the NFC mark, or touch the screen to enter a code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="19"/>
        <source>Main controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="26"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="27"/>
        <source>Back to the start screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="39"/>
        <source>Type or scan a barcode, SKU or product code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="40"/>
        <source>Product code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="46"/>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="59"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="60"/>
        <source>Search and browse products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <location filename="../../qml/LanguageBar.qml" line="14"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LatestCall</name>
    <message>
        <location filename="../../app/kiosk/latestcall.cpp" line="9"/>
        <source>The store&apos;s system is not answering right now. What you see may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/latestcall.cpp" line="10"/>
        <source>Something went wrong on the store&apos;s system (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="28"/>
        <source>Omnitote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Omnitote::AdminGate</name>
    <message>
        <location filename="../../app/kiosk/admingate.cpp" line="52"/>
        <source>Settings are locked: no admin PIN is set on this device. Store IT sets one with &quot;omnitote admin-pin&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/admingate.cpp" line="57"/>
        <location filename="../../app/kiosk/admingate.cpp" line="113"/>
        <source>Too many wrong PINs. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/admingate.cpp" line="67"/>
        <source>The PIN has 4 to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/admingate.cpp" line="103"/>
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left.</numerusform>
            <numerusform>Wrong PIN. %n tries left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Omnitote::AvailabilityModel</name>
    <message>
        <location filename="../../app/kiosk/availabilitymodel.cpp" line="35"/>
        <source>%1 km</source>
        <extracomment>Distance to another store, e.g. &quot;2.8 km&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Omnitote::BackendStatus</name>
    <message>
        <location filename="../../app/kiosk/backendstatus.cpp" line="10"/>
        <source>Connecting to the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/backendstatus.cpp" line="34"/>
        <source>The store&apos;s system cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Omnitote::DiagnosticsModel</name>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="53"/>
        <source>Scanners and readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="57"/>
        <source>None configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="58"/>
        <source>Only typed codes work. Configure a scanner in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="69"/>
        <source>Scans this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="72"/>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="74"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="81"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="83"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="89"/>
        <source>Tote sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="91"/>
        <source>Local tote storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="92"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="92"/>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="99"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="100"/>
        <source>%1, %n change(s) waiting</source>
        <translation>
            <numerusform>%1, %n change waiting</numerusform>
            <numerusform>%1, %n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="102"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="105"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="109"/>
        <source>Free disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="114"/>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="116"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Omnitote::KioskApplication</name>
    <message>
        <location filename="../../app/kiosk/kioskapplication.cpp" line="156"/>
        <source>The built-in store system could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Omnitote::ProductController</name>
    <message>
        <location filename="../../app/kiosk/productcontroller.cpp" line="29"/>
        <source>The store&apos;s system is still starting. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/productcontroller.cpp" line="46"/>
        <source>We could not find a product for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Omnitote::ProductSummaryModel</name>
    <message>
        <location filename="../../app/kiosk/productsummarymodel.cpp" line="24"/>
        <source>Goes with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/productsummarymodel.cpp" line="26"/>
        <source>Similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/productsummarymodel.cpp" line="27"/>
        <source>You may also like</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Omnitote::ScanController</name>
    <message>
        <location filename="../../app/kiosk/scancontroller.cpp" line="129"/>
        <source>That code could not be read: %1. Please scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Omnitote::SettingsModel</name>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="42"/>
        <source>Backend URL (empty: built-in demo backend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="44"/>
        <source>Store id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="45"/>
        <source>Device token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="46"/>
        <source>Default language (en, zh_CN, et, pl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="48"/>
        <source>Seconds before &quot;Still there?&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="50"/>
        <source>Same code again within (ms) is one scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="52"/>
        <source>USB scanner in keyboard mode (1 on, 0 off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="54"/>
        <source>USB scanner prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="55"/>
        <source>USB scanner suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="56"/>
        <source>USB scanner: longest pause between keys (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="58"/>
        <source>USB scanner: shortest code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="60"/>
        <source>USB scanner input device (/dev/input/eventN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="62"/>
        <source>NFC reader (libnfc connstring, or auto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="64"/>
        <source>Product URLs NFC tags may open (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="178"/>
        <source>The kiosk could not restart itself. Restart the device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Omnitote::ToteController</name>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="71"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/totecontroller.cpp" line="73"/>
        <source>Saving %n change(s)…</source>
        <translation>
            <numerusform>Saving %n change…</numerusform>
            <numerusform>Saving %n changes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/totecontroller.cpp" line="75"/>
        <source>Offline: %n change(s) will be saved when the connection is back</source>
        <translation>
            <numerusform>Offline: %n change will be saved when the connection is back</numerusform>
            <numerusform>Offline: %n changes will be saved when the connection is back</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="79"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="127"/>
        <source>There is no product to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="129"/>
        <source>Unknown fulfilment or source: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="145"/>
        <source>Unknown fulfilment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="166"/>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductCard</name>
    <message>
        <location filename="../../qml/ProductCard.qml" line="22"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/ProductCard.qml" line="79"/>
        <source>Online only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductDetails</name>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="51"/>
        <source>Online only · ships to your home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="65"/>
        <source>No reviews yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="66"/>
        <source>%1 · 1 review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="68"/>
        <source>%1 · %2 reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="77"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="85"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductGallery</name>
    <message>
        <location filename="../../qml/ProductGallery.qml" line="14"/>
        <source>Photos of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/ProductGallery.qml" line="44"/>
        <source>Photo %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/ProductGallery.qml" line="62"/>
        <source>Show photo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductScreen</name>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="22"/>
        <source>Scan a product&apos;s barcode, or type its code above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="95"/>
        <source>Loading the product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingStars</name>
    <message>
        <location filename="../../qml/RatingStars.qml" line="11"/>
        <source>Rated %1 out of 5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingSummary</name>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="22"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/RatingSummary.qml" line="39"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="39"/>
        <source>No reviews yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="54"/>
        <source>%1 stars: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="88"/>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="89"/>
        <source>Highest rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="90"/>
        <source>Lowest rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="99"/>
        <source>Sort reviews: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedStrip</name>
    <message>
        <location filename="../../qml/RelatedStrip.qml" line="17"/>
        <source>You may also like</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDelegate</name>
    <message>
        <location filename="../../qml/ReviewDelegate.qml" line="18"/>
        <source>%1 out of 5 stars. %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/ReviewDelegate.qml" line="41"/>
        <source>%1 · %2 · verified buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/ReviewDelegate.qml" line="42"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewList</name>
    <message>
        <location filename="../../qml/ReviewList.qml" line="18"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/ReviewList.qml" line="40"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/ReviewList.qml" line="51"/>
        <source>Loading reviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/ReviewList.qml" line="52"/>
        <source>More reviews (%1 of %2 shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScannerStatus</name>
    <message>
        <location filename="../../qml/ScannerStatus.qml" line="19"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="28"/>
        <source>Search for products, brands or categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="30"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="44"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="47"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="56"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="67"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="70"/>
        <source>In stock here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="75"/>
        <source>Online only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="83"/>
        <source>Up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="92"/>
        <source>%1★ and up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="93"/>
        <source>Rated %1 stars or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="104"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="105"/>
        <source>No products match. Try fewer words or filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/SearchScreen.qml" line="106"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="124"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <location filename="../../qml/StillThereDialog.qml" line="30"/>
        <source>Still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/StillThereDialog.qml" line="40"/>
        <source>This screen clears in %1 s to keep your choices private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/StillThereDialog.qml" line="51"/>
        <source>I&apos;m still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/StillThereDialog.qml" line="58"/>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockPanel</name>
    <message>
        <location filename="../../qml/StockPanel.qml" line="19"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="37"/>
        <source>Here at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="38"/>
        <source>In this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="47"/>
        <source>Not on the shelf here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/StockPanel.qml" line="48"/>
        <location filename="../../qml/StockPanel.qml" line="97"/>
        <source>%n in stock</source>
        <translation>
            <numerusform>%n in stock</numerusform>
            <numerusform>%n in stock</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="55"/>
        <source>Aisle %1, bay %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="60"/>
        <source>Only a few left. Ask an associate if you cannot find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="65"/>
        <source>Online only: not sold in stores. We ship it to your home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="72"/>
        <source>Nearby stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="97"/>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="111"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/StockPanel.qml" line="121"/>
        <source>%n available</source>
        <translation>
            <numerusform>%n available</numerusform>
            <numerusform>%n available</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/StockPanel.qml" line="122"/>
        <source>ships in %n day(s)</source>
        <translation>
            <numerusform>ships in %n day</numerusform>
            <numerusform>ships in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="123"/>
        <source>Sold out online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="127"/>
        <source>Checking stock…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToteBadge</name>
    <message>
        <location filename="../../qml/ToteBadge.qml" line="10"/>
        <source>Tote</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ToteBadge.qml" line="15"/>
        <source>Tote, %n item(s)</source>
        <translation>
            <numerusform>Tote, %n item</numerusform>
            <numerusform>Tote, %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToteLineDelegate</name>
    <message>
        <location filename="../../qml/ToteLineDelegate.qml" line="44"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/ToteLineDelegate.qml" line="50"/>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/ToteLineDelegate.qml" line="50"/>
        <source>Take now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/ToteLineDelegate.qml" line="50"/>
        <source>Pick up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/ToteLineDelegate.qml" line="63"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToteScreen</name>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="24"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ToteScreen.qml" line="31"/>
        <source>Your tote (%n item(s))</source>
        <translation>
            <numerusform>Your tote (%n item)</numerusform>
            <numerusform>Your tote (%n items)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="57"/>
        <source>Your tote is empty. Scan a product to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="76"/>
        <source>Undo remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="87"/>
        <source>Take now %1 · Pick up %2 · Ship %3 · Total %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariantPicker</name>
    <message>
        <location filename="../../qml/VariantPicker.qml" line="22"/>
        <source>In stock here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/VariantPicker.qml" line="23"/>
        <source>At a nearby store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/VariantPicker.qml" line="24"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/VariantPicker.qml" line="25"/>
        <source>Sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/VariantPicker.qml" line="60"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Omnitote::EmailController</name>
    <message numerus="yes">
        <source>That code is not right. %n tries left.</source>
        <translation>
            <numerusform>That code is not right. %n try left.</numerusform>
            <numerusform>That code is not right. %n tries left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToteScreen</name>
    <message numerus="yes">
        <source>Your tote (%n item(s))</source>
        <translation>
            <numerusform>Your tote (%n item)</numerusform>
            <numerusform>Your tote (%n items)</numerusform>
        </translation>
    </message>
</context>
</TS>
