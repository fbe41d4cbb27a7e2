<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../qml/AttractScreen.qml" line="28"/>
        <source>Welcome</source>
        <translation>Tere tulemast</translation>
    </message>
    <message>
        <location filename="../../qml/AttractScreen.qml" line="52"/>
        <source>Scan or tap a product</source>
        <translation>Skänni või puuduta toodet</translation>
    </message>
    <message>
        <location filename="../../qml/AttractScreen.qml" line="62"/>
        <source>Hold a barcode up to the camera, tap the NFC mark, or touch the screen to enter a code.</source>
        <translation>Hoia vöötkoodi kaamera ees, puuduta NFC-märki või puuduta ekraani, et kood sisestada.</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <location filename="../../qml/LanguageBar.qml" line="14"/>
        <source>Language</source>
        <translation>Keel</translation>
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
        <translation>Ühendan poe süsteemiga…</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/backendstatus.cpp" line="34"/>
        <source>The store&apos;s system cannot be reached: %1</source>
        <translation>Poe süsteemiga ei saa ühendust: %1</translation>
    </message>
</context>
<context>
    <name>Omnitote::KioskApplication</name>
    <message>
        <location filename="../../app/kiosk/kioskapplication.cpp" line="64"/>
        <source>The built-in store system could not start: %1</source>
        <translation>Sisseehitatud poe süsteem ei käivitunud: %1</translation>
    </message>
</context>
<context>
    <name>Omnitote::ProductController</name>
    <message>
        <location filename="../../app/kiosk/productcontroller.cpp" line="29"/>
        <source>The store&apos;s system is still starting. Please try again in a moment.</source>
        <translation>Poe süsteem alles käivitub. Proovi hetke pärast uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/productcontroller.cpp" line="46"/>
        <source>We could not find a product for “%1”.</source>
        <translation>Koodile „%1” ei leitud toodet.</translation>
    </message>
</context>
<context>
    <name>ProductScreen</name>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="29"/>
        <source>Home</source>
        <translation>Avaleht</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="30"/>
        <source>Back to the start screen</source>
        <translation>Tagasi avalehele</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="42"/>
        <source>Type or scan a barcode, SKU or product code</source>
        <translation>Sisesta või skänni vöötkood, SKU või tootekood</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="43"/>
        <source>Product code</source>
        <translation>Tootekood</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="50"/>
        <source>Look up</source>
        <translation>Otsi</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="77"/>
        <source>Scan a product&apos;s barcode, or type its code above.</source>
        <translation>Skänni toote vöötkood või sisesta selle kood ülal.</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="170"/>
        <source>No reviews yet</source>
        <translation>Arvustusi veel pole</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="171"/>
        <source>%1 · 1 review</source>
        <translation>%1 · 1 arvustus</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="173"/>
        <source>%1 · %2 reviews</source>
        <translation>%1 · %2 arvustust</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="199"/>
        <source>Online only · ships to your home</source>
        <translation>Ainult e-poes · tarne koju</translation>
    </message>
</context>
<context>
    <name>RatingStars</name>
    <message>
        <location filename="../../qml/RatingStars.qml" line="11"/>
        <source>Rated %1 out of 5</source>
        <translation>Hinne %1/5</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <location filename="../../qml/StillThereDialog.qml" line="30"/>
        <source>Still there?</source>
        <translation>Oled veel siin?</translation>
    </message>
    <message>
        <location filename="../../qml/StillThereDialog.qml" line="40"/>
        <source>This screen clears in %1 s to keep your choices private.</source>
        <translation>Ekraan tühjeneb %1 s pärast, et sinu valikud jääksid privaatseks.</translation>
    </message>
    <message>
        <location filename="../../qml/StillThereDialog.qml" line="51"/>
        <source>I&apos;m still here</source>
        <translation>Olen siin</translation>
    </message>
    <message>
        <location filename="../../qml/StillThereDialog.qml" line="58"/>
        <source>Start over</source>
        <translation>Alusta uuesti</translation>
    </message>
</context>
</TS>
