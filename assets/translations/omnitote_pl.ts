<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../qml/AttractScreen.qml" line="28"/>
        <source>Welcome</source>
        <translation>Witamy</translation>
    </message>
    <message>
        <location filename="../../qml/AttractScreen.qml" line="52"/>
        <source>Scan or tap a product</source>
        <translation>Zeskanuj lub dotknij produktu</translation>
    </message>
    <message>
        <location filename="../../qml/AttractScreen.qml" line="62"/>
        <source>Hold a barcode up to the camera, tap the NFC mark, or touch the screen to enter a code.</source>
        <translation>Zbliż kod kreskowy do kamery, dotknij znaku NFC lub dotknij ekranu, aby wpisać kod.</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <location filename="../../qml/LanguageBar.qml" line="14"/>
        <source>Language</source>
        <translation>Język</translation>
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
        <translation>Łączenie z systemem sklepu…</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/backendstatus.cpp" line="34"/>
        <source>The store&apos;s system cannot be reached: %1</source>
        <translation>Brak połączenia z systemem sklepu: %1</translation>
    </message>
</context>
<context>
    <name>Omnitote::KioskApplication</name>
    <message>
        <location filename="../../app/kiosk/kioskapplication.cpp" line="64"/>
        <source>The built-in store system could not start: %1</source>
        <translation>Wbudowany system sklepu nie uruchomił się: %1</translation>
    </message>
</context>
<context>
    <name>Omnitote::ProductController</name>
    <message>
        <location filename="../../app/kiosk/productcontroller.cpp" line="29"/>
        <source>The store&apos;s system is still starting. Please try again in a moment.</source>
        <translation>System sklepu wciąż się uruchamia. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/productcontroller.cpp" line="46"/>
        <source>We could not find a product for “%1”.</source>
        <translation>Nie znaleźliśmy produktu dla „%1”.</translation>
    </message>
</context>
<context>
    <name>ProductScreen</name>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="29"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="30"/>
        <source>Back to the start screen</source>
        <translation>Powrót do ekranu startowego</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="42"/>
        <source>Type or scan a barcode, SKU or product code</source>
        <translation>Wpisz lub zeskanuj kod produktu</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="43"/>
        <source>Product code</source>
        <translation>Kod produktu</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="50"/>
        <source>Look up</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="77"/>
        <source>Scan a product&apos;s barcode, or type its code above.</source>
        <translation>Zeskanuj kod kreskowy produktu lub wpisz jego kod powyżej.</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="170"/>
        <source>No reviews yet</source>
        <translation>Brak opinii</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="171"/>
        <source>%1 · 1 review</source>
        <translation>%1 · 1 opinia</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="173"/>
        <source>%1 · %2 reviews</source>
        <translation>%1 · opinie: %2</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="199"/>
        <source>Online only · ships to your home</source>
        <translation>Tylko online · dostawa do domu</translation>
    </message>
</context>
<context>
    <name>RatingStars</name>
    <message>
        <location filename="../../qml/RatingStars.qml" line="11"/>
        <source>Rated %1 out of 5</source>
        <translation>Ocena %1 na 5</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <location filename="../../qml/StillThereDialog.qml" line="30"/>
        <source>Still there?</source>
        <translation>Jesteś tam?</translation>
    </message>
    <message>
        <location filename="../../qml/StillThereDialog.qml" line="40"/>
        <source>This screen clears in %1 s to keep your choices private.</source>
        <translation>Ekran wyczyści się za %1 s, aby Twoje wybory pozostały prywatne.</translation>
    </message>
    <message>
        <location filename="../../qml/StillThereDialog.qml" line="51"/>
        <source>I&apos;m still here</source>
        <translation>Jestem tutaj</translation>
    </message>
    <message>
        <location filename="../../qml/StillThereDialog.qml" line="58"/>
        <source>Start over</source>
        <translation>Zacznij od nowa</translation>
    </message>
</context>
</TS>
