<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>AccessibilityBar</name>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="12"/>
        <source>Display options</source>
        <translation>Kuvamise valikud</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="38"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="39"/>
        <source>Large text</source>
        <translation>Suur tekst</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="45"/>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="46"/>
        <source>High contrast</source>
        <translation>Suur kontrastsus</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="53"/>
        <source>Reach</source>
        <translation>Nupud alla</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="54"/>
        <source>Move the controls to the bottom of the screen</source>
        <translation>Too nupud ekraani alaossa</translation>
    </message>
</context>
<context>
    <name>AddToTotePanel</name>
    <message>
        <location filename="../../qml/AddToTotePanel.qml" line="14"/>
        <location filename="../../qml/AddToTotePanel.qml" line="28"/>
        <source>Add to tote</source>
        <translation>Lisa kotti</translation>
    </message>
    <message>
        <location filename="../../qml/AddToTotePanel.qml" line="23"/>
        <source>Added to your tote.</source>
        <translation>Lisatud sinu kotti.</translation>
    </message>
    <message>
        <location filename="../../qml/AddToTotePanel.qml" line="40"/>
        <source>Take it now</source>
        <translation>Võtan kohe kaasa</translation>
    </message>
    <message>
        <location filename="../../qml/AddToTotePanel.qml" line="47"/>
        <source>Pick up nearby</source>
        <translation>Võtan lähedalt poest</translation>
    </message>
    <message>
        <location filename="../../qml/AddToTotePanel.qml" line="53"/>
        <source>Ship to my home</source>
        <translation>Saada mulle koju</translation>
    </message>
</context>
<context>
    <name>AdminPinPad</name>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="18"/>
        <source>Staff settings</source>
        <translation>Töötaja seaded</translation>
    </message>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="27"/>
        <source>Enter the admin PIN</source>
        <translation>Sisesta administraatori PIN-kood</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/AdminPinPad.qml" line="31"/>
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>Sisestatud %n number</numerusform>
            <numerusform>Sisestatud %n numbrit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="38"/>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Liiga palju valesid PIN-koode. Proovi uuesti %1 s pärast.</translation>
    </message>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="39"/>
        <source>Checking…</source>
        <translation>Kontrollin…</translation>
    </message>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="55"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="56"/>
        <source>Delete last digit</source>
        <translation>Kustuta viimane number</translation>
    </message>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="78"/>
        <source>Cancel</source>
        <translation>Tühista</translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="24"/>
        <source>Settings</source>
        <translation>Seaded</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="30"/>
        <source>Diagnostics</source>
        <translation>Diagnostika</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="37"/>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="74"/>
        <source>%1 (set by the device&apos;s provisioning)</source>
        <translation>%1 (määratud seadme seadistusega)</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="87"/>
        <source>not set</source>
        <translation>määramata</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="111"/>
        <source>Saved to %1. Restart the kiosk to apply.</source>
        <translation>Salvestatud faili %1. Rakendamiseks taaskäivita kiosk.</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="120"/>
        <source>Save</source>
        <translation>Salvesta</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="127"/>
        <source>Undo changes</source>
        <translation>Tühista muudatused</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="134"/>
        <source>Restart kiosk</source>
        <translation>Taaskäivita kiosk</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="195"/>
        <source>Check the backend again</source>
        <translation>Kontrolli taustsüsteemi uuesti</translation>
    </message>
</context>
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
    <name>HeaderBar</name>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="19"/>
        <source>Main controls</source>
        <translation>Põhinupud</translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="26"/>
        <source>Home</source>
        <translation>Avaleht</translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="27"/>
        <source>Back to the start screen</source>
        <translation>Tagasi avalehele</translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="39"/>
        <source>Type or scan a barcode, SKU or product code</source>
        <translation>Sisesta või skänni vöötkood, SKU või tootekood</translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="40"/>
        <source>Product code</source>
        <translation>Tootekood</translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="46"/>
        <source>Look up</source>
        <translation>Otsi</translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="59"/>
        <source>Search</source>
        <translation>Sirvi</translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="60"/>
        <source>Search and browse products</source>
        <translation>Otsi ja sirvi tooteid</translation>
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
    <name>LatestCall</name>
    <message>
        <location filename="../../app/kiosk/latestcall.cpp" line="9"/>
        <source>The store&apos;s system is not answering right now. What you see may be out of date.</source>
        <translation>Poe süsteem ei vasta praegu. Nähtav teave ei pruugi olla ajakohane.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/latestcall.cpp" line="10"/>
        <source>Something went wrong on the store&apos;s system (%1).</source>
        <translation>Poe süsteemis läks midagi valesti (%1).</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="28"/>
        <source>Omnitote</source>
        <translation>Omnitote</translation>
    </message>
</context>
<context>
    <name>Omnitote::AdminGate</name>
    <message>
        <location filename="../../app/kiosk/admingate.cpp" line="52"/>
        <source>Settings are locked: no admin PIN is set on this device. Store IT sets one with &quot;omnitote admin-pin&quot;.</source>
        <translation>Seaded on lukus: sellel seadmel pole administraatori PIN-koodi. Poe IT määrab selle käsuga &quot;omnitote admin-pin&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/admingate.cpp" line="57"/>
        <location filename="../../app/kiosk/admingate.cpp" line="113"/>
        <source>Too many wrong PINs. Try again later.</source>
        <translation>Liiga palju valesid PIN-koode. Proovi hiljem uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/admingate.cpp" line="67"/>
        <source>The PIN has 4 to 12 digits.</source>
        <translation>PIN-kood on 4 kuni 12 numbrit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/admingate.cpp" line="103"/>
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>Vale PIN-kood. Jäänud on %n katse.</numerusform>
            <numerusform>Vale PIN-kood. Jäänud on %n katset.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Omnitote::AvailabilityModel</name>
    <message>
        <location filename="../../app/kiosk/availabilitymodel.cpp" line="35"/>
        <source>%1 km</source>
        <extracomment>Distance to another store, e.g. &quot;2.8 km&quot;</extracomment>
        <translation>%1 km</translation>
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
    <name>Omnitote::DiagnosticsModel</name>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="53"/>
        <source>Scanners and readers</source>
        <translation>Skannerid ja lugejad</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="57"/>
        <source>None configured</source>
        <translation>Pole seadistatud</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="58"/>
        <source>Only typed codes work. Configure a scanner in Settings.</source>
        <translation>Töötavad ainult sisestatud koodid. Seadista skanner seadetes.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="69"/>
        <source>Scans this session</source>
        <translation>Skannimisi selles seansis</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="72"/>
        <source>Backend</source>
        <translation>Taustsüsteem</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="74"/>
        <source>Address</source>
        <translation>Aadress</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="81"/>
        <source>Connection</source>
        <translation>Ühendus</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="83"/>
        <source>Store</source>
        <translation>Pood</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="89"/>
        <source>Tote sync</source>
        <translation>Korvi sünkroonimine</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="91"/>
        <source>Local tote storage</source>
        <translation>Korvi kohalik salvestus</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="92"/>
        <source>Open</source>
        <translation>Avatud</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="92"/>
        <source>Not available</source>
        <translation>Pole saadaval</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="99"/>
        <source>Queue</source>
        <translation>Järjekord</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="100"/>
        <source>%1, %n change(s) waiting</source>
        <translation>
            <numerusform>%1, ootel %n muudatus</numerusform>
            <numerusform>%1, ootel %n muudatust</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="102"/>
        <source>Last error</source>
        <translation>Viimane viga</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="105"/>
        <source>Device</source>
        <translation>Seade</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="109"/>
        <source>Free disk</source>
        <translation>Vaba kettaruum</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="114"/>
        <source>Cannot read %1</source>
        <translation>Ei saa lugeda: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="116"/>
        <source>Version</source>
        <translation>Versioon</translation>
    </message>
</context>
<context>
    <name>Omnitote::KioskApplication</name>
    <message>
        <location filename="../../app/kiosk/kioskapplication.cpp" line="156"/>
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
    <name>Omnitote::ProductSummaryModel</name>
    <message>
        <location filename="../../app/kiosk/productsummarymodel.cpp" line="24"/>
        <source>Goes with</source>
        <translation>Sobib kokku</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/productsummarymodel.cpp" line="26"/>
        <source>Similar</source>
        <translation>Sarnane</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/productsummarymodel.cpp" line="27"/>
        <source>You may also like</source>
        <translation>Võib-olla meeldib sulle ka</translation>
    </message>
</context>
<context>
    <name>Omnitote::ScanController</name>
    <message>
        <location filename="../../app/kiosk/scancontroller.cpp" line="129"/>
        <source>That code could not be read: %1. Please scan it again.</source>
        <translation>Seda koodi ei õnnestunud lugeda: %1. Palun skanni uuesti.</translation>
    </message>
</context>
<context>
    <name>Omnitote::SettingsModel</name>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="42"/>
        <source>Backend URL (empty: built-in demo backend)</source>
        <translation>Taustsüsteemi URL (tühi: sisseehitatud demo)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="44"/>
        <source>Store id</source>
        <translation>Poe ID</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="45"/>
        <source>Device token</source>
        <translation>Seadme võti</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="46"/>
        <source>Default language (en, zh_CN, et, pl)</source>
        <translation>Vaikekeel (en, zh_CN, et, pl)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="48"/>
        <source>Seconds before &quot;Still there?&quot;</source>
        <translation>Sekundeid enne küsimust „Oled veel siin?“</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="50"/>
        <source>Same code again within (ms) is one scan</source>
        <translation>Sama kood selle aja jooksul (ms) on üks skannimine</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="52"/>
        <source>USB scanner in keyboard mode (1 on, 0 off)</source>
        <translation>USB-skanner klaviatuurirežiimis (1 sees, 0 väljas)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="54"/>
        <source>USB scanner prefix</source>
        <translation>USB-skanneri eesliide</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="55"/>
        <source>USB scanner suffix</source>
        <translation>USB-skanneri järelliide</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="56"/>
        <source>USB scanner: longest pause between keys (ms)</source>
        <translation>USB-skanner: pikim paus klahvide vahel (ms)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="58"/>
        <source>USB scanner: shortest code</source>
        <translation>USB-skanner: lühim kood</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="60"/>
        <source>USB scanner input device (/dev/input/eventN)</source>
        <translation>USB-skanneri sisendseade (/dev/input/eventN)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="62"/>
        <source>NFC reader (libnfc connstring, or auto)</source>
        <translation>NFC-lugeja (libnfc ühendusstring või auto)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="64"/>
        <source>Product URLs NFC tags may open (comma-separated)</source>
        <translation>Tootelehtede URL-id, mida NFC-kleebised võivad avada (komadega eraldatud)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="178"/>
        <source>The kiosk could not restart itself. Restart the device.</source>
        <translation>Kiosk ei saanud end ise taaskäivitada. Taaskäivita seade.</translation>
    </message>
</context>
<context>
    <name>Omnitote::ToteController</name>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="71"/>
        <source>Saved</source>
        <translation>Salvestatud</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/totecontroller.cpp" line="73"/>
        <source>Saving %n change(s)…</source>
        <translation>
            <numerusform>Salvestan %n muudatuse…</numerusform>
            <numerusform>Salvestan %n muudatust…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/totecontroller.cpp" line="75"/>
        <source>Offline: %n change(s) will be saved when the connection is back</source>
        <translation>
            <numerusform>Võrguühenduseta: %n muudatus salvestatakse, kui ühendus taastub</numerusform>
            <numerusform>Võrguühenduseta: %n muudatust salvestatakse, kui ühendus taastub</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="79"/>
        <source>Not saved: %1</source>
        <translation>Salvestamata: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="127"/>
        <source>There is no product to add</source>
        <translation>Pole toodet, mida lisada</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="129"/>
        <source>Unknown fulfilment or source: %1, %2</source>
        <translation>Tundmatu kättesaamisviis või allikas: %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="145"/>
        <source>Unknown fulfilment: %1</source>
        <translation>Tundmatu kättesaamisviis: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="166"/>
        <source>Nothing to undo</source>
        <translation>Pole midagi tagasi võtta</translation>
    </message>
</context>
<context>
    <name>ProductCard</name>
    <message>
        <location filename="../../qml/ProductCard.qml" line="22"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../qml/ProductCard.qml" line="79"/>
        <source>Online only</source>
        <translation>Ainult e-poes</translation>
    </message>
</context>
<context>
    <name>ProductDetails</name>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="51"/>
        <source>Online only · ships to your home</source>
        <translation>Ainult e-poes · tarne koju</translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="65"/>
        <source>No reviews yet</source>
        <translation>Arvustusi veel pole</translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="66"/>
        <source>%1 · 1 review</source>
        <translation>%1 · 1 arvustus</translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="68"/>
        <source>%1 · %2 reviews</source>
        <translation>%1 · %2 arvustust</translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="77"/>
        <source>Colour</source>
        <translation>Värv</translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="85"/>
        <source>Size</source>
        <translation>Suurus</translation>
    </message>
</context>
<context>
    <name>ProductGallery</name>
    <message>
        <location filename="../../qml/ProductGallery.qml" line="14"/>
        <source>Photos of %1</source>
        <translation>%1 fotod</translation>
    </message>
    <message>
        <location filename="../../qml/ProductGallery.qml" line="44"/>
        <source>Photo %1 of %2</source>
        <translation>Foto %1/%2</translation>
    </message>
    <message>
        <location filename="../../qml/ProductGallery.qml" line="62"/>
        <source>Show photo %1</source>
        <translation>Näita fotot %1</translation>
    </message>
</context>
<context>
    <name>ProductScreen</name>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="22"/>
        <source>Scan a product&apos;s barcode, or type its code above.</source>
        <translation>Skänni toote vöötkood või sisesta selle kood ülal.</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="95"/>
        <source>Loading the product</source>
        <translation>Toote laadimine</translation>
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
    <name>RatingSummary</name>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="22"/>
        <source>Reviews</source>
        <translation>Arvustused</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/RatingSummary.qml" line="39"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n arvustus</numerusform>
            <numerusform>%n arvustust</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="39"/>
        <source>No reviews yet</source>
        <translation>Arvustusi veel pole</translation>
    </message>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="54"/>
        <source>%1 stars: %2</source>
        <translation>Hinne %1: %2</translation>
    </message>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="88"/>
        <source>Newest</source>
        <translation>Uusimad</translation>
    </message>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="89"/>
        <source>Highest rated</source>
        <translation>Kõrgeima hindega</translation>
    </message>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="90"/>
        <source>Lowest rated</source>
        <translation>Madalaima hindega</translation>
    </message>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="99"/>
        <source>Sort reviews: %1</source>
        <translation>Arvustuste järjestus: %1</translation>
    </message>
</context>
<context>
    <name>RelatedStrip</name>
    <message>
        <location filename="../../qml/RelatedStrip.qml" line="17"/>
        <source>You may also like</source>
        <translation>Võib-olla meeldib sulle ka</translation>
    </message>
</context>
<context>
    <name>ReviewDelegate</name>
    <message>
        <location filename="../../qml/ReviewDelegate.qml" line="18"/>
        <source>%1 out of 5 stars. %2. %3</source>
        <translation>%1 tärni viiest. %2. %3</translation>
    </message>
    <message>
        <location filename="../../qml/ReviewDelegate.qml" line="41"/>
        <source>%1 · %2 · verified buyer</source>
        <translation>%1 · %2 · kinnitatud ostja</translation>
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
        <translation>Arvustused</translation>
    </message>
    <message>
        <location filename="../../qml/ReviewList.qml" line="40"/>
        <source>Try again</source>
        <translation>Proovi uuesti</translation>
    </message>
    <message>
        <location filename="../../qml/ReviewList.qml" line="51"/>
        <source>Loading reviews…</source>
        <translation>Arvustuste laadimine…</translation>
    </message>
    <message>
        <location filename="../../qml/ReviewList.qml" line="52"/>
        <source>More reviews (%1 of %2 shown)</source>
        <translation>Rohkem arvustusi (näidatud %1/%2)</translation>
    </message>
</context>
<context>
    <name>ScannerStatus</name>
    <message>
        <location filename="../../qml/ScannerStatus.qml" line="19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="28"/>
        <source>Search for products, brands or categories</source>
        <translation>Otsi tooteid, kaubamärke või kategooriaid</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="30"/>
        <source>Search</source>
        <translation>Otsing</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="44"/>
        <source>Categories</source>
        <translation>Kategooriad</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="47"/>
        <source>All</source>
        <translation>Kõik</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="56"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="67"/>
        <source>Filters</source>
        <translation>Filtrid</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="70"/>
        <source>In stock here</source>
        <translation>Siin poes laos</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="75"/>
        <source>Online only</source>
        <translation>Ainult e-poes</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="83"/>
        <source>Up to %1</source>
        <translation>Kuni %1</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="92"/>
        <source>%1★ and up</source>
        <translation>%1★ ja rohkem</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="93"/>
        <source>Rated %1 stars or more</source>
        <translation>Hinne vähemalt %1 tärni</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="104"/>
        <source>Searching…</source>
        <translation>Otsin…</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="105"/>
        <source>No products match. Try fewer words or filters.</source>
        <translation>Sobivaid tooteid ei leitud. Proovi vähemate sõnade või filtritega.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/SearchScreen.qml" line="106"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n toode</numerusform>
            <numerusform>%n toodet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="124"/>
        <source>Results</source>
        <translation>Tulemused</translation>
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
<context>
    <name>StockPanel</name>
    <message>
        <location filename="../../qml/StockPanel.qml" line="19"/>
        <source>Stock</source>
        <translation>Laoseis</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="37"/>
        <source>Here at %1</source>
        <translation>Siin: %1</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="38"/>
        <source>In this store</source>
        <translation>Selles poes</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="47"/>
        <source>Not on the shelf here</source>
        <translation>Siin poes riiulil pole</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/StockPanel.qml" line="48"/>
        <location filename="../../qml/StockPanel.qml" line="97"/>
        <source>%n in stock</source>
        <translation>
            <numerusform>%n laos</numerusform>
            <numerusform>%n laos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="55"/>
        <source>Aisle %1, bay %2</source>
        <translation>Vahekäik %1, riiul %2</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="60"/>
        <source>Only a few left. Ask an associate if you cannot find it.</source>
        <translation>Alles on vaid mõni. Kui sa seda ei leia, küsi müüjalt.</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="65"/>
        <source>Online only: not sold in stores. We ship it to your home.</source>
        <translation>Ainult e-poes: kauplustes ei müüda. Saadame selle sulle koju.</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="72"/>
        <source>Nearby stores</source>
        <translation>Lähedased poed</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="97"/>
        <source>Out of stock</source>
        <translation>Otsas</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="111"/>
        <source>Online</source>
        <translation>E-pood</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/StockPanel.qml" line="121"/>
        <source>%n available</source>
        <translation>
            <numerusform>%n saadaval</numerusform>
            <numerusform>%n saadaval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/StockPanel.qml" line="122"/>
        <source>ships in %n day(s)</source>
        <translation>
            <numerusform>saadetakse %n päeva jooksul</numerusform>
            <numerusform>saadetakse %n päeva jooksul</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="123"/>
        <source>Sold out online</source>
        <translation>E-poes välja müüdud</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="127"/>
        <source>Checking stock…</source>
        <translation>Kontrollin laoseisu…</translation>
    </message>
</context>
<context>
    <name>ToteBadge</name>
    <message>
        <location filename="../../qml/ToteBadge.qml" line="10"/>
        <source>Tote</source>
        <translation>Kott</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ToteBadge.qml" line="15"/>
        <source>Tote, %n item(s)</source>
        <translation>
            <numerusform>Kott, %n toode</numerusform>
            <numerusform>Kott, %n toodet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToteLineDelegate</name>
    <message>
        <location filename="../../qml/ToteLineDelegate.qml" line="44"/>
        <source>Quantity</source>
        <translation>Kogus</translation>
    </message>
    <message>
        <location filename="../../qml/ToteLineDelegate.qml" line="50"/>
        <source>Ship</source>
        <translation>Saada koju</translation>
    </message>
    <message>
        <location filename="../../qml/ToteLineDelegate.qml" line="50"/>
        <source>Take now</source>
        <translation>Võta kohe kaasa</translation>
    </message>
    <message>
        <location filename="../../qml/ToteLineDelegate.qml" line="50"/>
        <source>Pick up</source>
        <translation>Tule järele</translation>
    </message>
    <message>
        <location filename="../../qml/ToteLineDelegate.qml" line="63"/>
        <source>Remove</source>
        <translation>Eemalda</translation>
    </message>
</context>
<context>
    <name>ToteScreen</name>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="24"/>
        <source>Back</source>
        <translation>Tagasi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ToteScreen.qml" line="31"/>
        <source>Your tote (%n item(s))</source>
        <translation>
            <numerusform>Sinu korv (%n toode)</numerusform>
            <numerusform>Sinu korv (%n toodet)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="57"/>
        <source>Your tote is empty. Scan a product to add it.</source>
        <translation>Sinu korv on tühi. Skanni toode, et see lisada.</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="76"/>
        <source>Undo remove</source>
        <translation>Võta eemaldamine tagasi</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="87"/>
        <source>Take now %1 · Pick up %2 · Ship %3 · Total %4</source>
        <translation>Kohe kaasa %1 · Järele %2 · Koju %3 · Kokku %4</translation>
    </message>
</context>
<context>
    <name>VariantPicker</name>
    <message>
        <location filename="../../qml/VariantPicker.qml" line="22"/>
        <source>In stock here</source>
        <translation>Siin poes laos</translation>
    </message>
    <message>
        <location filename="../../qml/VariantPicker.qml" line="23"/>
        <source>At a nearby store</source>
        <translation>Lähedases poes</translation>
    </message>
    <message>
        <location filename="../../qml/VariantPicker.qml" line="24"/>
        <source>Online</source>
        <translation>E-pood</translation>
    </message>
    <message>
        <location filename="../../qml/VariantPicker.qml" line="25"/>
        <source>Sold out</source>
        <translation>Välja müüdud</translation>
    </message>
    <message>
        <location filename="../../qml/VariantPicker.qml" line="60"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Omnitote::EmailController</name>
    <message>
        <source>Type your email address.</source>
        <translation>Sisesta oma e-posti aadress.</translation>
    </message>
    <message>
        <source>Use only Latin letters, digits and . _ - + in the address.</source>
        <translation>Kasuta aadressis ainult ladina tähti, numbreid ja märke . _ - +.</translation>
    </message>
    <message>
        <source>Remove the spaces from the address.</source>
        <translation>Eemalda aadressist tühikud.</translation>
    </message>
    <message>
        <source>An email address has an @, like name@example.com.</source>
        <translation>E-posti aadressis on @, näiteks nimi@example.com.</translation>
    </message>
    <message>
        <source>Check the part before the @.</source>
        <translation>Kontrolli @-märgi eelset osa.</translation>
    </message>
    <message>
        <source>Check the part after the @, like example.com.</source>
        <translation>Kontrolli @-märgi järgset osa, näiteks example.com.</translation>
    </message>
    <message>
        <source>This address is too long.</source>
        <translation>See aadress on liiga pikk.</translation>
    </message>
    <message>
        <source>Your tote is empty. Add something to it first.</source>
        <translation>Sinu kott on tühi. Lisa sinna enne midagi.</translation>
    </message>
    <message>
        <source>Sent! Your list is on its way to %1.</source>
        <translation>Saadetud! Sinu nimekiri on teel aadressile %1.</translation>
    </message>
    <message>
        <source>We sent a 6-digit code to %1. Type it below; it is valid for 10 minutes.</source>
        <translation>Saatsime aadressile %1 6-kohalise koodi. Sisesta see allpool; see kehtib 10 minutit.</translation>
    </message>
    <message>
        <source>The code has 6 digits.</source>
        <translation>Koodis on 6 numbrit.</translation>
    </message>
    <message>
        <source>We could not reach our server. Your address is kept: try again in a moment, or ask a member of staff.</source>
        <translation>Me ei saanud serveriga ühendust. Sinu aadress on alles: proovi hetke pärast uuesti või küsi abi töötajalt.</translation>
    </message>
    <message>
        <source>This address has had as many lists as we send in a day. Please try again tomorrow.</source>
        <translation>Sellele aadressile on täna saadetud juba nii palju nimekirju, kui ühes päevas saadame. Proovi homme uuesti.</translation>
    </message>
    <message>
        <source>Too many codes were sent to this address. Please wait an hour and try again.</source>
        <translation>Sellele aadressile on saadetud liiga palju koode. Oota tund aega ja proovi uuesti.</translation>
    </message>
    <message>
        <source>This store has sent a lot of emails in the last hour. Please try again later.</source>
        <translation>See pood on viimase tunni jooksul saatnud palju e-kirju. Proovi hiljem uuesti.</translation>
    </message>
    <message>
        <source>This kiosk has sent a lot of emails in the last hour. Please try again later or ask a member of staff.</source>
        <translation>See kiosk on viimase tunni jooksul saatnud palju e-kirju. Proovi hiljem uuesti või küsi abi töötajalt.</translation>
    </message>
    <message>
        <source>This address was not accepted. Please check it.</source>
        <translation>Seda aadressi ei aktsepteeritud. Palun kontrolli seda.</translation>
    </message>
    <message>
        <source>The code has expired. Ask for a new one.</source>
        <translation>Kood on aegunud. Küsi uus.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Ask for a new code.</source>
        <translation>Liiga palju valesid katseid. Küsi uus kood.</translation>
    </message>
    <message>
        <source>That did not work. Please ask a member of staff.</source>
        <translation>See ei õnnestunud. Palun küsi abi töötajalt.</translation>
    </message>
    <message>
        <source>Welcome back! This tote is now saved to your account.</source>
        <translation>Tere tulemast tagasi! See kott on nüüd sinu kontole salvestatud.</translation>
    </message>
    <message numerus="yes">
        <source>That code is not right. %n tries left.</source>
        <translation>
            <numerusform>Kood ei ole õige. Jäänud on %n katse.</numerusform>
            <numerusform>Kood ei ole õige. Jäänud on %n katset.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailAddressField</name>
    <message>
        <source>name@example.com</source>
        <translation>nimi@example.com</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-posti aadress</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Email me my list</source>
        <translation>Saada nimekiri mulle e-postiga</translation>
    </message>
    <message>
        <source>We email you this tote with a link to your online cart, so you can finish at home.</source>
        <translation>Saadame sulle selle koti koos lingiga sinu e-poe ostukorvile, et saaksid ostu kodus lõpetada.</translation>
    </message>
    <message>
        <source>Also send me offers and news by email. I can unsubscribe at any time.</source>
        <translation>Saatke mulle e-postiga ka pakkumisi ja uudiseid. Saan igal ajal loobuda.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Saadan…</translation>
    </message>
    <message>
        <source>Send my list</source>
        <translation>Saada mu nimekiri</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Proovi uuesti</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
</context>
<context>
    <name>IdentifyDialog</name>
    <message>
        <source>Use my account</source>
        <translation>Kasuta minu kontot</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6-kohaline kood</translation>
    </message>
    <message>
        <source>Code from the email</source>
        <translation>Kood e-kirjast</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Üks hetk…</translation>
    </message>
    <message>
        <source>Your cart: %1</source>
        <translation>Sinu ostukorv: %1</translation>
    </message>
    <message>
        <source>Email me a code</source>
        <translation>Saada mulle kood</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Kinnita</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Proovi uuesti</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
</context>
<context>
    <name>ToteScreen</name>
    <message>
        <source>Back</source>
        <translation>Tagasi</translation>
    </message>
    <message numerus="yes">
        <source>Your tote (%n item(s))</source>
        <translation>
            <numerusform>Sinu kott (%n toode)</numerusform>
            <numerusform>Sinu kott (%n toodet)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your tote is empty. Scan a product to add it.</source>
        <translation>Sinu kott on tühi. Skanni toode, et see lisada.</translation>
    </message>
    <message>
        <source>Email me my list</source>
        <translation>Saada nimekiri mulle e-postiga</translation>
    </message>
    <message>
        <source>Use my account</source>
        <translation>Kasuta minu kontot</translation>
    </message>
    <message>
        <source>Undo remove</source>
        <translation>Võta eemaldamine tagasi</translation>
    </message>
    <message>
        <source>Take now %1 · Pick up %2 · Ship %3 · Total %4</source>
        <translation>Kaasa kohe %1 · Tulen järele %2 · Saatmine %3 · Kokku %4</translation>
    </message>
</context>
</TS>
