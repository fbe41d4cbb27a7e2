<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>AccessibilityBar</name>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="13"/>
        <source>Display options</source>
        <translation>Kuvamise valikud</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="39"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="40"/>
        <source>Large text</source>
        <translation>Suur tekst</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="46"/>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="47"/>
        <source>High contrast</source>
        <translation>Suur kontrastsus</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="54"/>
        <source>Reach</source>
        <translation>Nupud alla</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="55"/>
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
    <name>AssociateMain</name>
    <message>
        <location filename="../../qml/AssociateMain.qml" line="23"/>
        <source>Omnitote for associates</source>
        <translation>Omnitote töötajatele</translation>
    </message>
    <message>
        <location filename="../../qml/AssociateMain.qml" line="42"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Sisse logitud: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../qml/AssociateMain.qml" line="43"/>
        <source>Associate sign-in</source>
        <translation>Töötaja sisselogimine</translation>
    </message>
    <message>
        <location filename="../../qml/AssociateMain.qml" line="51"/>
        <source>Sign out</source>
        <translation>Logi välja</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../qml/AttractScreen.qml" line="29"/>
        <source>Welcome</source>
        <translation>Tere tulemast</translation>
    </message>
    <message>
        <location filename="../../qml/AttractScreen.qml" line="61"/>
        <source>Scan or tap a product</source>
        <translation>Skänni või puuduta toodet</translation>
    </message>
    <message>
        <location filename="../../qml/AttractScreen.qml" line="71"/>
        <source>Hold a barcode up to the camera, tap the NFC mark, or touch the screen to enter a code.</source>
        <translation>Hoia vöötkoodi kaamera ees, puuduta NFC-märki või puuduta ekraani, et kood sisestada.</translation>
    </message>
</context>
<context>
    <name>CameraViewfinder</name>
    <message>
        <location filename="../../qml/CameraViewfinder.qml" line="16"/>
        <source>Camera viewfinder</source>
        <translation>Kaamera pildiotsija</translation>
    </message>
</context>
<context>
    <name>CheckoutScreen</name>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="23"/>
        <source>Finish at checkout</source>
        <translation>Lõpeta kassas</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="33"/>
        <source>Sending your tote to the checkout</source>
        <translation>Sinu kotti saadetakse kassasse</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="45"/>
        <source>Saving your tote…</source>
        <translation>Sinu kotti salvestatakse…</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="47"/>
        <source>Sending your tote to the checkout…</source>
        <translation>Sinu kotti saadetakse kassasse…</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="49"/>
        <source>Show this code at the checkout. An associate brings your take-now items to the till.</source>
        <translation>Näita seda koodi kassas. Töötaja toob kohe kaasa võetavad tooted kassasse.</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="65"/>
        <source>QR code of your tote</source>
        <translation>Sinu koti QR-kood</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="71"/>
        <source>Pickup code: %1</source>
        <translation>Kättesaamiskood: %1</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="82"/>
        <source>Back to my tote</source>
        <translation>Tagasi minu kotti</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="90"/>
        <source>Try again</source>
        <translation>Proovi uuesti</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="99"/>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="105"/>
        <source>Done, clear the screen</source>
        <translation>Valmis, tühjenda ekraan</translation>
    </message>
</context>
<context>
    <name>EmailAddressField</name>
    <message>
        <location filename="../../qml/EmailAddressField.qml" line="20"/>
        <source>name@example.com</source>
        <translation>nimi@example.com</translation>
    </message>
    <message>
        <location filename="../../qml/EmailAddressField.qml" line="24"/>
        <source>Email address</source>
        <translation>E-posti aadress</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <location filename="../../qml/EmailDialog.qml" line="35"/>
        <source>Email me my list</source>
        <translation>Saada nimekiri mulle e-postiga</translation>
    </message>
    <message>
        <location filename="../../qml/EmailDialog.qml" line="41"/>
        <source>We email you this tote with a link to your online cart, so you can finish at home.</source>
        <translation>Saadame sulle selle koti koos lingiga sinu e-poe ostukorvile, et saaksid ostu kodus lõpetada.</translation>
    </message>
    <message>
        <location filename="../../qml/EmailDialog.qml" line="56"/>
        <source>Also send me offers and news by email. I can unsubscribe at any time.</source>
        <translation>Saatke mulle e-postiga ka pakkumisi ja uudiseid. Saan igal ajal loobuda.</translation>
    </message>
    <message>
        <location filename="../../qml/EmailDialog.qml" line="66"/>
        <source>Sending…</source>
        <translation>Saadan…</translation>
    </message>
    <message>
        <location filename="../../qml/EmailDialog.qml" line="78"/>
        <source>Send my list</source>
        <translation>Saada mu nimekiri</translation>
    </message>
    <message>
        <location filename="../../qml/EmailDialog.qml" line="88"/>
        <source>Try again</source>
        <translation>Proovi uuesti</translation>
    </message>
    <message>
        <location filename="../../qml/EmailDialog.qml" line="97"/>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <location filename="../../qml/EmailDialog.qml" line="97"/>
        <source>Cancel</source>
        <translation>Loobu</translation>
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
    <name>IdentifyDialog</name>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="38"/>
        <source>Use my account</source>
        <translation>Kasuta minu kontot</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="56"/>
        <source>6-digit code</source>
        <translation>6-kohaline kood</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="60"/>
        <source>Code from the email</source>
        <translation>Kood e-kirjast</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="66"/>
        <source>One moment…</source>
        <translation>Üks hetk…</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="85"/>
        <source>Your cart: %1</source>
        <translation>Sinu ostukorv: %1</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="97"/>
        <source>Email me a code</source>
        <translation>Saada mulle kood</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="107"/>
        <source>Confirm</source>
        <translation>Kinnita</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="117"/>
        <source>Try again</source>
        <translation>Proovi uuesti</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="126"/>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="126"/>
        <source>Cancel</source>
        <translation>Loobu</translation>
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
        <translation>Server ei vastanud õigel ajal</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="35"/>
        <source>The secure connection failed</source>
        <translation>Turvaline ühendus ebaõnnestus</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="37"/>
        <source>The request was cancelled</source>
        <translation>Päring tühistati</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="39"/>
        <source>The response was too large</source>
        <translation>Vastus oli liiga suur</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="44"/>
        <source>The server could not be reached</source>
        <translation>Serveriga ei saadud ühendust</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="63"/>
        <source>The request has not finished yet</source>
        <translation>Päring pole veel lõppenud</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="97"/>
        <source>Unexpected response</source>
        <translation>Ootamatu vastus</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="98"/>
        <source>The server sent %1 instead of JSON</source>
        <translation>Server saatis JSON-i asemel %1</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="109"/>
        <source>Invalid response</source>
        <translation>Vigane vastus</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="110"/>
        <source>The server sent invalid JSON: %1 at offset %2</source>
        <translation>Server saatis vigase JSON-i: %1 (kohal %2)</translation>
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
    <name>Omnitote::AssociateSession</name>
    <message>
        <location filename="../../app/kiosk/associatesession.cpp" line="19"/>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Sinu sisselogimine on aegunud. Palun logi uuesti sisse.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/associatesession.cpp" line="35"/>
        <source>That is not a staff badge. Scan your badge or enter your staff number and PIN.</source>
        <translation>See pole töötajakaart. Skanni oma kaart või sisesta töötaja number ja PIN-kood.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/associatesession.cpp" line="47"/>
        <source>Enter your staff number and PIN.</source>
        <translation>Sisesta oma töötaja number ja PIN-kood.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/associatesession.cpp" line="72"/>
        <source>Sign-in failed: the badge, staff number or PIN is not right.</source>
        <translation>Sisselogimine ebaõnnestus: kaart, töötaja number või PIN-kood on vale.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/associatesession.cpp" line="73"/>
        <source>Sign-in failed: %1</source>
        <translation>Sisselogimine ebaõnnestus: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/associatesession.cpp" line="105"/>
        <source>You were signed out. Please sign in again.</source>
        <translation>Sind logiti välja. Palun logi uuesti sisse.</translation>
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
    <name>Omnitote::CameraController</name>
    <message>
        <location filename="../../app/kiosk/cameracontroller.cpp" line="36"/>
        <source>No camera — use the scanner or type the code</source>
        <translation>Kaamerat pole — kasutage skannerit või sisestage kood</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/cameracontroller.cpp" line="39"/>
        <source>Starting the camera…</source>
        <translation>Kaamera käivitub…</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/cameracontroller.cpp" line="41"/>
        <source>The camera is not working (%1) — use the scanner or type the code</source>
        <translation>Kaamera ei tööta (%1) — kasutage skannerit või sisestage kood</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/cameracontroller.cpp" line="44"/>
        <source>The camera is off — use the scanner or type the code</source>
        <translation>Kaamera on välja lülitatud — kasutage skannerit või sisestage kood</translation>
    </message>
</context>
<context>
    <name>Omnitote::CameraScanSource</name>
    <message>
        <location filename="../../hardware/camera/camerascansource.cpp" line="44"/>
        <source>Frame feed</source>
        <translation>Kaadrisisend</translation>
    </message>
    <message>
        <location filename="../../hardware/camera/camerascansource.cpp" line="80"/>
        <source>No camera found</source>
        <translation>Kaamerat ei leitud</translation>
    </message>
    <message>
        <location filename="../../hardware/camera/camerascansource.cpp" line="94"/>
        <source>No camera &quot;%1&quot; (found: %2)</source>
        <translation>Kaamerat „%1” pole (leitud: %2)</translation>
    </message>
    <message>
        <location filename="../../hardware/camera/camerascansource.cpp" line="121"/>
        <source>Barcode decoder unavailable: %1</source>
        <translation>Vöötkoodi dekooder pole saadaval: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hardware/camera/camerascansource.cpp" line="142"/>
        <source>Barcode decoder restarted after a crash (%n so far)</source>
        <translation>
            <numerusform>Vöötkoodi dekooder käivitati pärast krahhi uuesti (seni %n kord)</numerusform>
            <numerusform>Vöötkoodi dekooder käivitati pärast krahhi uuesti (seni %n korda)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Omnitote::CheckoutController</name>
    <message>
        <location filename="../../app/kiosk/checkoutcontroller.cpp" line="29"/>
        <source>Your tote is empty. Add something before you finish.</source>
        <translation>Sinu kott on tühi. Lisa midagi enne lõpetamist.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/checkoutcontroller.cpp" line="51"/>
        <source>Your tote could not be saved. Please ask an associate for help.</source>
        <translation>Sinu kotti ei õnnestunud salvestada. Palun küsi abi töötajalt.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/checkoutcontroller.cpp" line="77"/>
        <source>The checkout could not be started: %1</source>
        <translation>Kassasse saatmine ebaõnnestus: %1</translation>
    </message>
</context>
<context>
    <name>Omnitote::CheckoutQueueModel</name>
    <message numerus="yes">
        <location filename="../../app/kiosk/checkoutqueuemodel.cpp" line="34"/>
        <source>waiting %n second(s)</source>
        <translation>
            <numerusform>ootab %n sekund</numerusform>
            <numerusform>ootab %n sekundit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/checkoutqueuemodel.cpp" line="35"/>
        <source>waiting %n minute(s)</source>
        <translation>
            <numerusform>ootab %n minut</numerusform>
            <numerusform>ootab %n minutit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/kiosk/checkoutqueuemodel.cpp" line="116"/>
        <source>The queue could not be refreshed: %1</source>
        <translation>Järjekorda ei õnnestunud värskendada: %1</translation>
    </message>
</context>
<context>
    <name>Omnitote::CustomerLinkController</name>
    <message>
        <location filename="../../app/kiosk/customerlinkcontroller.cpp" line="34"/>
        <location filename="../../app/kiosk/customerlinkcontroller.cpp" line="91"/>
        <source>Your account cannot be linked right now. Please try again in a moment.</source>
        <translation>Sinu kontot ei saa praegu siduda. Proovi hetke pärast uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/customerlinkcontroller.cpp" line="85"/>
        <source>This code has expired. Please reopen the code in your app and scan it again.</source>
        <translation>See kood on aegunud. Ava kood rakenduses uuesti ja skanni see veel kord.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/customerlinkcontroller.cpp" line="87"/>
        <source>This code is not valid. Please show the code from the store&apos;s app.</source>
        <translation>See kood ei kehti. Näita poe rakenduses olevat koodi.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/customerlinkcontroller.cpp" line="89"/>
        <source>That is not a customer code. Please show the code from the store&apos;s app.</source>
        <translation>See ei ole kliendikood. Näita poe rakenduses olevat koodi.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/customerlinkcontroller.cpp" line="92"/>
        <source>Your account could not be linked: %1</source>
        <translation>Sinu kontot ei õnnestunud siduda: %1</translation>
    </message>
</context>
<context>
    <name>Omnitote::DiagnosticsModel</name>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="54"/>
        <source>Scanners and readers</source>
        <translation>Skannerid ja lugejad</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="58"/>
        <source>None configured</source>
        <translation>Pole seadistatud</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="59"/>
        <source>Only typed codes work. Configure a scanner in Settings.</source>
        <translation>Töötavad ainult sisestatud koodid. Seadista skanner seadetes.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="71"/>
        <source>Scans this session</source>
        <translation>Skannimisi selles seansis</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="74"/>
        <source>Backend</source>
        <translation>Taustsüsteem</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="76"/>
        <source>Address</source>
        <translation>Aadress</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="84"/>
        <source>Connection</source>
        <translation>Ühendus</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="89"/>
        <source>Store</source>
        <translation>Pood</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="95"/>
        <source>Tote sync</source>
        <translation>Korvi sünkroonimine</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="97"/>
        <source>Local tote storage</source>
        <translation>Korvi kohalik salvestus</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="98"/>
        <source>Open</source>
        <translation>Avatud</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="98"/>
        <source>Not available</source>
        <translation>Pole saadaval</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="106"/>
        <source>Queue</source>
        <translation>Järjekord</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="107"/>
        <source>%1, %n change(s) waiting</source>
        <translation>
            <numerusform>%1, ootel %n muudatus</numerusform>
            <numerusform>%1, ootel %n muudatust</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="109"/>
        <source>Last error</source>
        <translation>Viimane viga</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="112"/>
        <source>Device</source>
        <translation>Seade</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="116"/>
        <source>Free disk</source>
        <translation>Vaba kettaruum</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="122"/>
        <source>Cannot read %1</source>
        <translation>Ei saa lugeda: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="124"/>
        <source>Version</source>
        <translation>Versioon</translation>
    </message>
</context>
<context>
    <name>Omnitote::EmailController</name>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="54"/>
        <source>Type your email address.</source>
        <translation>Sisesta oma e-posti aadress.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="56"/>
        <source>Use only Latin letters, digits and . _ - + in the address.</source>
        <translation>Kasuta aadressis ainult ladina tähti, numbreid ja märke . _ - +.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="58"/>
        <source>Remove the spaces from the address.</source>
        <translation>Eemalda aadressist tühikud.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="60"/>
        <source>An email address has an @, like name@example.com.</source>
        <translation>E-posti aadressis on @, näiteks nimi@example.com.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="62"/>
        <source>Check the part before the @.</source>
        <translation>Kontrolli @-märgi eelset osa.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="64"/>
        <source>Check the part after the @, like example.com.</source>
        <translation>Kontrolli @-märgi järgset osa, näiteks example.com.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="66"/>
        <source>This address is too long.</source>
        <translation>See aadress on liiga pikk.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="106"/>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="303"/>
        <source>Your tote is empty. Add something to it first.</source>
        <translation>Sinu kott on tühi. Lisa sinna enne midagi.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="125"/>
        <source>Sent! Your list is on its way to %1.</source>
        <translation>Saadetud! Sinu nimekiri on teel aadressile %1.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="148"/>
        <source>We sent a 6-digit code to %1. Type it below; it is valid for 10 minutes.</source>
        <translation>Saatsime aadressile %1 6-kohalise koodi. Sisesta see allpool; see kehtib 10 minutit.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="157"/>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="308"/>
        <source>The code has 6 digits.</source>
        <translation>Koodis on 6 numbrit.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="265"/>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="279"/>
        <source>We could not reach our server. Your address is kept: try again in a moment, or ask a member of staff.</source>
        <translation>Me ei saanud serveriga ühendust. Sinu aadress on alles: proovi hetke pärast uuesti või küsi abi töötajalt.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="289"/>
        <source>This address has had as many lists as we send in a day. Please try again tomorrow.</source>
        <translation>Sellele aadressile on täna saadetud juba nii palju nimekirju, kui ühes päevas saadame. Proovi homme uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="291"/>
        <source>Too many codes were sent to this address. Please wait an hour and try again.</source>
        <translation>Sellele aadressile on saadetud liiga palju koode. Oota tund aega ja proovi uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="293"/>
        <source>This store has sent a lot of emails in the last hour. Please try again later.</source>
        <translation>See pood on viimase tunni jooksul saatnud palju e-kirju. Proovi hiljem uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="295"/>
        <source>This kiosk has sent a lot of emails in the last hour. Please try again later or ask a member of staff.</source>
        <translation>See kiosk on viimase tunni jooksul saatnud palju e-kirju. Proovi hiljem uuesti või küsi abi töötajalt.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="301"/>
        <source>This address was not accepted. Please check it.</source>
        <translation>Seda aadressi ei aktsepteeritud. Palun kontrolli seda.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="311"/>
        <source>The code has expired. Ask for a new one.</source>
        <translation>Kood on aegunud. Küsi uus.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="312"/>
        <source>Too many wrong tries. Ask for a new code.</source>
        <translation>Liiga palju valesid katseid. Küsi uus kood.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="314"/>
        <source>That did not work. Please ask a member of staff.</source>
        <translation>See ei õnnestunud. Palun küsi abi töötajalt.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="347"/>
        <source>Welcome back! This tote is now saved to your account.</source>
        <translation>Tere tulemast tagasi! See kott on nüüd sinu kontole salvestatud.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/emailcontroller.cpp" line="306"/>
        <source>That code is not right. %n tries left.</source>
        <translation>
            <numerusform>Kood ei ole õige. Jäänud on %n katse.</numerusform>
            <numerusform>Kood ei ole õige. Jäänud on %n katset.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Omnitote::EvdevScanner</name>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="74"/>
        <source>No scanner at %1; waiting for one</source>
        <translation>Aadressil %1 pole skannerit; ootan</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="77"/>
        <source>No permission to read %1 (the kiosk user needs the &quot;input&quot; group)</source>
        <translation>Puudub õigus lugeda %1 (kioski kasutaja peab kuuluma gruppi „input”)</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="79"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 ei saa avada: %2</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="88"/>
        <source>%1 is grabbed by another program</source>
        <translation>%1 on teise programmi poolt hõivatud</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="89"/>
        <source>Cannot grab %1 (is it an input device?): %2</source>
        <translation>%1 ei saa hõivata (kas see on sisendseade?): %2</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="102"/>
        <source>Reading the scanner at %1</source>
        <translation>Loen skannerit aadressil %1</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="127"/>
        <source>%1: %2; trying again</source>
        <translation>%1: %2; proovin uuesti</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="141"/>
        <source>unplugged</source>
        <translation>lahti ühendatud</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="145"/>
        <source>closed</source>
        <translation>suletud</translation>
    </message>
</context>
<context>
    <name>Omnitote::HidWedgeScanner</name>
    <message>
        <location filename="../../hardware/hid/hidwedgescanner.cpp" line="77"/>
        <source>No application to listen to</source>
        <translation>Pole rakendust, mida kuulata</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/hidwedgescanner.cpp" line="82"/>
        <source>Listening for a USB scanner in keyboard mode</source>
        <translation>Ootan USB-skannerit klaviatuurirežiimis</translation>
    </message>
</context>
<context>
    <name>Omnitote::HttpClient</name>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="380"/>
        <source>The request header &quot;%1&quot; is not valid</source>
        <translation>Päringu päis „%1” on vigane</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="423"/>
        <source>Connecting to %1 timed out after %2 s</source>
        <translation>Ühendus aadressiga %1 aegus %2 s pärast</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="426"/>
        <source>The request to %1 timed out after %2 s</source>
        <translation>Päring aadressile %1 aegus %2 s pärast</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="436"/>
        <source>Could not connect to %1 (%2)</source>
        <translation>Aadressiga %1 ei saadud ühendust (%2)</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="442"/>
        <source>Could not find the server %1 (host name lookup failed)</source>
        <translation>Serverit %1 ei leitud (hostinime päring ebaõnnestus)</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="448"/>
        <source>TLS certificate for host %1 could not be verified (%2)</source>
        <translation>Hosti %1 TLS-sertifikaati ei saanud kontrollida (%2)</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="462"/>
        <source>Secure connection to %1 failed%2</source>
        <translation>Turvaline ühendus aadressiga %1 ebaõnnestus%2</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="472"/>
        <source>%1 closed the connection without answering</source>
        <translation>%1 sulges ühenduse vastamata</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="477"/>
        <source>%1 closed the connection before the response was complete</source>
        <translation>%1 sulges ühenduse enne vastuse lõppu</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="482"/>
        <source>The compressed response from %1 could not be decoded</source>
        <translation>Aadressilt %1 tulnud tihendatud vastust ei saanud lahti pakkida</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="486"/>
        <location filename="../../app/net/httpclient.cpp" line="493"/>
        <source>The request to %1 failed%2</source>
        <translation>Päring aadressile %1 ebaõnnestus%2</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="490"/>
        <source>The response from %1 is larger than the limit of %2</source>
        <translation>Aadressilt %1 tulnud vastus ületab piiri %2</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="510"/>
        <source>The request to %1 was cancelled because the client shut down</source>
        <translation>Päring aadressile %1 tühistati, sest klient suleti</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="524"/>
        <source>Cannot send a request to &quot;%1&quot;: only http and https URLs are supported</source>
        <translation>Päringut aadressile „%1” ei saa saata: toetatud on ainult http ja https</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="542"/>
        <source>The network library could not start a request</source>
        <translation>Võrguteek ei saanud päringut alustada</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="551"/>
        <source>The network library refused the request: %1</source>
        <translation>Võrguteek keeldus päringust: %1</translation>
    </message>
</context>
<context>
    <name>Omnitote::HttpReply</name>
    <message>
        <location filename="../../app/net/httpreply.cpp" line="37"/>
        <source>The request to %1 was cancelled</source>
        <translation>Päring aadressile %1 tühistati</translation>
    </message>
</context>
<context>
    <name>Omnitote::KioskApplication</name>
    <message>
        <location filename="../../app/kiosk/kioskapplication.cpp" line="255"/>
        <source>The built-in store system could not start: %1</source>
        <translation>Sisseehitatud poe süsteem ei käivitunud: %1</translation>
    </message>
</context>
<context>
    <name>Omnitote::LibNfcReader</name>
    <message>
        <location filename="../../hardware/nfc/libnfcreader.cpp" line="27"/>
        <source>Opening the NFC reader</source>
        <translation>Avan NFC-lugejat</translation>
    </message>
</context>
<context>
    <name>Omnitote::NfcReaderWorker</name>
    <message>
        <location filename="../../hardware/nfc/nfcreaderworker.cpp" line="66"/>
        <source>libnfc could not be initialised</source>
        <translation>libnfc-i ei saanud käivitada</translation>
    </message>
    <message>
        <location filename="../../hardware/nfc/nfcreaderworker.cpp" line="114"/>
        <source>NFC reader not responding (%1); reconnecting</source>
        <translation>NFC-lugeja ei vasta (%1); ühendan uuesti</translation>
    </message>
    <message>
        <location filename="../../hardware/nfc/nfcreaderworker.cpp" line="124"/>
        <source>any port</source>
        <translation>mis tahes port</translation>
    </message>
    <message>
        <location filename="../../hardware/nfc/nfcreaderworker.cpp" line="126"/>
        <source>No NFC reader at %1; retrying</source>
        <translation>Aadressil %1 pole NFC-lugejat; proovin uuesti</translation>
    </message>
    <message>
        <location filename="../../hardware/nfc/nfcreaderworker.cpp" line="133"/>
        <source>NFC reader %1 ready</source>
        <translation>NFC-lugeja %1 on valmis</translation>
    </message>
    <message>
        <location filename="../../hardware/nfc/nfcreaderworker.cpp" line="169"/>
        <source>Read tag %1</source>
        <translation>Loetud silt %1</translation>
    </message>
    <message>
        <location filename="../../hardware/nfc/nfcreaderworker.cpp" line="173"/>
        <source>Tag moved away before it was read; tap again</source>
        <translation>Silt eemaldati enne lugemist; puuduta uuesti</translation>
    </message>
</context>
<context>
    <name>Omnitote::PickController</name>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="68"/>
        <source>Scan each item as you pick it.</source>
        <translation>Skanni iga toode, kui selle korjad.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="70"/>
        <source>This tote cannot be opened: %1</source>
        <translation>Seda kotti ei saa avada: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="81"/>
        <source>No tote found: %1</source>
        <translation>Kotti ei leitud: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="109"/>
        <source>%1: %2 of %3 picked</source>
        <translation>%1: korjatud %2/%3</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="126"/>
        <source>Marked as not on the shelf.</source>
        <translation>Märgitud riiulilt puuduvaks.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="128"/>
        <source>Could not mark it short: %1</source>
        <translation>Puuduvaks märkimine ebaõnnestus: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="146"/>
        <source>The other variants could not be loaded: %1</source>
        <translation>Teisi variante ei õnnestunud laadida: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="169"/>
        <source>Ask the shopper first: a substitute needs their consent.</source>
        <translation>Küsi enne ostjalt: asendus vajab tema nõusolekut.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="176"/>
        <source>Substitute recorded. Scan the substitute to pick it.</source>
        <translation>Asendus salvestatud. Skanni asendustoode, et see korjata.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="178"/>
        <source>Could not substitute: %1</source>
        <translation>Asendamine ebaõnnestus: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="193"/>
        <source>Ship-to-home items became online order %1.</source>
        <translation>Koju saadetavatest toodetest sai e-poe tellimus %1.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="195"/>
        <source>Ship-to-home items stay in the shopper&apos;s online cart: they order them online.</source>
        <translation>Koju saadetavad tooted jäävad ostja e-poe ostukorvi: ta tellib need veebis.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/pickcontroller.cpp" line="196"/>
        <source>%n item(s) to the till, %1.</source>
        <translation>
            <numerusform>%n toode kassasse, %1.</numerusform>
            <numerusform>%n toodet kassasse, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/pickcontroller.cpp" line="199"/>
        <source>%n not on the shelf.</source>
        <translation>
            <numerusform>%n puudus riiulilt.</numerusform>
            <numerusform>%n puudusid riiulilt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="206"/>
        <source>Could not complete: %1</source>
        <translation>Lõpetada ei õnnestunud: %1</translation>
    </message>
</context>
<context>
    <name>Omnitote::PickListModel</name>
    <message>
        <location filename="../../app/kiosk/picklistmodel.cpp" line="57"/>
        <source>Aisle %1</source>
        <translation>Vahekäik %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/picklistmodel.cpp" line="58"/>
        <source>Aisle %1 (%2)</source>
        <translation>Vahekäik %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/picklistmodel.cpp" line="60"/>
        <source>Stock room</source>
        <translation>Laoruum</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/picklistmodel.cpp" line="61"/>
        <source>Bay %1</source>
        <translation>Riiul %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/picklistmodel.cpp" line="71"/>
        <source>Substitute: %1 (the shopper agreed)</source>
        <translation>Asendus: %1 (ostja nõustus)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/picklistmodel.cpp" line="73"/>
        <source>Substitute: %1</source>
        <translation>Asendus: %1</translation>
    </message>
</context>
<context>
    <name>Omnitote::ProductController</name>
    <message>
        <location filename="../../app/kiosk/productcontroller.cpp" line="49"/>
        <source>The store&apos;s system is still starting. Please try again in a moment.</source>
        <translation>Poe süsteem alles käivitub. Proovi hetke pärast uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/productcontroller.cpp" line="77"/>
        <source>We could not find a product for “%1”.</source>
        <translation>Koodile „%1” ei leitud toodet.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/productcontroller.cpp" line="147"/>
        <source>Stock and prices from the offline copy; their age is unknown</source>
        <translation>Laoseis ja hinnad on võrguühenduseta koopiast; nende vanus pole teada</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/productcontroller.cpp" line="150"/>
        <source>Stock and prices updated just now</source>
        <translation>Laoseis ja hinnad uuendati just praegu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/productcontroller.cpp" line="152"/>
        <source>Stock and prices updated %n min ago</source>
        <translation>
            <numerusform>Laoseis ja hinnad uuendati %n min tagasi</numerusform>
            <numerusform>Laoseis ja hinnad uuendati %n min tagasi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/kiosk/productcontroller.cpp" line="156"/>
        <source>Stock and prices as of %1</source>
        <extracomment>%1 is a time (&quot;14:02&quot;) or, on another day, a date and time</extracomment>
        <translation>Laoseis ja hinnad seisuga %1</translation>
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
        <location filename="../../app/kiosk/scancontroller.cpp" line="139"/>
        <source>That code could not be read: %1. Please scan it again.</source>
        <translation>Seda koodi ei õnnestunud lugeda: %1. Palun skanni uuesti.</translation>
    </message>
</context>
<context>
    <name>Omnitote::SearchModel</name>
    <message>
        <location filename="../../app/kiosk/searchmodel.cpp" line="50"/>
        <source>Offline results. %1</source>
        <extracomment>%1 says how old the offline copy&apos;s stock and prices are</extracomment>
        <translation>Võrguühenduseta tulemused. %1</translation>
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
        <source>Mode: shopper kiosk or associate tablet (shopper, associate)</source>
        <translation>Režiim: ostleja kiosk või töötaja tahvel (shopper, associate)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="54"/>
        <source>Camera (auto, none, or a camera&apos;s id)</source>
        <translation>Kaamera (auto, none või kaamera ID)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="56"/>
        <source>Same code again within (ms) is one scan</source>
        <translation>Sama kood selle aja jooksul (ms) on üks skannimine</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="58"/>
        <source>USB scanner in keyboard mode (1 on, 0 off)</source>
        <translation>USB-skanner klaviatuurirežiimis (1 sees, 0 väljas)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="60"/>
        <source>USB scanner prefix</source>
        <translation>USB-skanneri eesliide</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="62"/>
        <source>USB scanner suffix</source>
        <translation>USB-skanneri järelliide</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="64"/>
        <source>USB scanner: longest pause between keys (ms)</source>
        <translation>USB-skanner: pikim paus klahvide vahel (ms)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="66"/>
        <source>USB scanner: shortest code</source>
        <translation>USB-skanner: lühim kood</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="68"/>
        <source>USB scanner input device (/dev/input/eventN)</source>
        <translation>USB-skanneri sisendseade (/dev/input/eventN)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="70"/>
        <source>NFC reader (libnfc connstring, or auto)</source>
        <translation>NFC-lugeja (libnfc ühendusstring või auto)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="72"/>
        <source>Product URLs NFC tags may open (comma-separated)</source>
        <translation>Tootelehtede URL-id, mida NFC-kleebised võivad avada (komadega eraldatud)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="187"/>
        <source>The kiosk could not restart itself. Restart the device.</source>
        <translation>Kiosk ei saanud end ise taaskäivitada. Taaskäivita seade.</translation>
    </message>
</context>
<context>
    <name>Omnitote::SimulatedNfcReader</name>
    <message>
        <location filename="../../hardware/nfc/simulatednfcreader.cpp" line="14"/>
        <source>Simulated NFC reader</source>
        <translation>Simuleeritud NFC-lugeja</translation>
    </message>
</context>
<context>
    <name>Omnitote::SimulatedScanSource</name>
    <message>
        <location filename="../../hardware/hid/simulatedscansource.cpp" line="23"/>
        <source>Simulated scanner</source>
        <translation>Simuleeritud skanner</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/simulatedscansource.cpp" line="63"/>
        <source>Cannot read scans from %1: %2</source>
        <translation>Skaneeringuid ei saa lugeda allikast %1: %2</translation>
    </message>
</context>
<context>
    <name>Omnitote::SyncEngine</name>
    <message>
        <location filename="../../app/tote/syncengine.cpp" line="79"/>
        <source>The tote&apos;s record is missing on this device</source>
        <translation>Selles seadmes puudub koti kirje</translation>
    </message>
    <message>
        <location filename="../../app/tote/syncengine.cpp" line="209"/>
        <source>A change could not be saved: %1</source>
        <translation>Muudatust ei saanud salvestada: %1</translation>
    </message>
</context>
<context>
    <name>Omnitote::TillHandoff</name>
    <message>
        <location filename="../../app/kiosk/tillhandoff.cpp" line="49"/>
        <source>Item %1 of %2</source>
        <translation>Toode %1/%2</translation>
    </message>
</context>
<context>
    <name>Omnitote::ToteController</name>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="77"/>
        <source>Saved</source>
        <translation>Salvestatud</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/totecontroller.cpp" line="79"/>
        <source>Saving %n change(s)…</source>
        <translation>
            <numerusform>Salvestan %n muudatuse…</numerusform>
            <numerusform>Salvestan %n muudatust…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/totecontroller.cpp" line="81"/>
        <source>Offline: %n change(s) will be saved when the connection is back</source>
        <translation>
            <numerusform>Võrguühenduseta: %n muudatus salvestatakse, kui ühendus taastub</numerusform>
            <numerusform>Võrguühenduseta: %n muudatust salvestatakse, kui ühendus taastub</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="85"/>
        <source>Not saved: %1</source>
        <translation>Salvestamata: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="133"/>
        <source>There is no product to add</source>
        <translation>Pole toodet, mida lisada</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="135"/>
        <source>Unknown fulfilment or source: %1, %2</source>
        <translation>Tundmatu kättesaamisviis või allikas: %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="151"/>
        <source>Unknown fulfilment: %1</source>
        <translation>Tundmatu kättesaamisviis: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="172"/>
        <source>Nothing to undo</source>
        <translation>Pole midagi tagasi võtta</translation>
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
        <translation>Koti salvestusviga: %1</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="124"/>
        <source>Cannot open the tote file %1: %2</source>
        <translation>Koti faili %1 ei saa avada: %2</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="132"/>
        <source>The tote file %1 cannot use write-ahead logging</source>
        <translation>Koti fail %1 ei saa kasutada eelkirjelogi</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="141"/>
        <source>The tote file %1 was written by a newer version</source>
        <translation>Koti faili %1 kirjutas uuem versioon</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="200"/>
        <source>The tote is full: it holds at most %1 different items</source>
        <translation>Kott on täis: sinna mahub kuni %1 erinevat toodet</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="247"/>
        <source>That item is no longer in the tote</source>
        <translation>Seda toodet pole enam kotis</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="317"/>
        <location filename="../../app/tote/totestore.cpp" line="433"/>
        <source>The tote is not available</source>
        <translation>Kott pole saadaval</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="321"/>
        <source>This product cannot be added</source>
        <translation>Seda toodet ei saa lisada</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="325"/>
        <location filename="../../app/tote/totestore.cpp" line="371"/>
        <source>The quantity must be between 1 and %1</source>
        <translation>Kogus peab olema 1 kuni %1</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="329"/>
        <location filename="../../app/tote/totestore.cpp" line="394"/>
        <source>This item is sold online only and can only be shipped</source>
        <translation>Seda toodet müüakse ainult veebis ja seda saab ainult saata</translation>
    </message>
</context>
<context>
    <name>PickLineDelegate</name>
    <message>
        <location filename="../../qml/PickLineDelegate.qml" line="29"/>
        <source>%1, %2 of %3 picked</source>
        <translation>%1, korjatud %2/%3</translation>
    </message>
    <message>
        <location filename="../../qml/PickLineDelegate.qml" line="48"/>
        <source>%1 · %2 on hand</source>
        <translation>%1 · laos %2</translation>
    </message>
    <message>
        <location filename="../../qml/PickLineDelegate.qml" line="61"/>
        <source>%1 / %2 (%3 short)</source>
        <translation>%1 / %2 (%3 puudu)</translation>
    </message>
    <message>
        <location filename="../../qml/PickLineDelegate.qml" line="62"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../qml/PickLineDelegate.qml" line="67"/>
        <source>Short</source>
        <translation>Puudu</translation>
    </message>
    <message>
        <location filename="../../qml/PickLineDelegate.qml" line="71"/>
        <source>Not on the shelf: %1</source>
        <translation>Riiulil pole: %1</translation>
    </message>
    <message>
        <location filename="../../qml/PickLineDelegate.qml" line="75"/>
        <source>Substitute</source>
        <translation>Asenda</translation>
    </message>
    <message>
        <location filename="../../qml/PickLineDelegate.qml" line="79"/>
        <source>Substitute %1</source>
        <translation>Asenda %1</translation>
    </message>
</context>
<context>
    <name>PickScreen</name>
    <message>
        <location filename="../../qml/PickScreen.qml" line="24"/>
        <source>Back to the queue</source>
        <translation>Tagasi järjekorda</translation>
    </message>
    <message>
        <location filename="../../qml/PickScreen.qml" line="32"/>
        <source>Tote %1</source>
        <translation>Kott %1</translation>
    </message>
    <message>
        <location filename="../../qml/PickScreen.qml" line="42"/>
        <location filename="../../qml/PickScreen.qml" line="44"/>
        <source>Item code</source>
        <translation>Toote kood</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/PickScreen.qml" line="86"/>
        <source>%n line(s) ship to the shopper&apos;s home; nothing to pick.</source>
        <translation>
            <numerusform>%n rida saadetakse ostjale koju, korjata pole vaja.</numerusform>
            <numerusform>%n rida saadetakse ostjale koju, korjata pole vaja.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/PickScreen.qml" line="93"/>
        <source>Complete</source>
        <translation>Lõpeta</translation>
    </message>
    <message>
        <location filename="../../qml/PickScreen.qml" line="99"/>
        <source>Complete the pick</source>
        <translation>Lõpeta korjamine</translation>
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
        <location filename="../../qml/ProductDetails.qml" line="75"/>
        <source>No reviews yet</source>
        <translation>Arvustusi veel pole</translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="76"/>
        <source>%1 · 1 review</source>
        <translation>%1 · 1 arvustus</translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="78"/>
        <source>%1 · %2 reviews</source>
        <translation>%1 · %2 arvustust</translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="87"/>
        <source>Colour</source>
        <translation>Värv</translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="95"/>
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
    <name>QueueScreen</name>
    <message numerus="yes">
        <location filename="../../qml/QueueScreen.qml" line="25"/>
        <source>Checkout queue (%n tote(s))</source>
        <translation>
            <numerusform>Kassajärjekord (%n kott)</numerusform>
            <numerusform>Kassajärjekord (%n kotti)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/QueueScreen.qml" line="35"/>
        <location filename="../../qml/QueueScreen.qml" line="37"/>
        <source>Pickup code</source>
        <translation>Kättesaamiskood</translation>
    </message>
    <message>
        <location filename="../../qml/QueueScreen.qml" line="42"/>
        <source>Open</source>
        <translation>Avatud</translation>
    </message>
    <message>
        <location filename="../../qml/QueueScreen.qml" line="45"/>
        <source>Open the tote with this code</source>
        <translation>Ava selle koodiga kott</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/QueueScreen.qml" line="82"/>
        <source>%1 · %n item(s) · %2</source>
        <translation>
            <numerusform>%1 · %n toode · %2</numerusform>
            <numerusform>%1 · %n toodet · %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/QueueScreen.qml" line="83"/>
        <source>picking: %1</source>
        <translation>korjab: %1</translation>
    </message>
    <message>
        <location filename="../../qml/QueueScreen.qml" line="90"/>
        <source>No one is waiting.</source>
        <translation>Keegi ei oota.</translation>
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
    <name>ReachBanner</name>
    <message>
        <location filename="../../qml/ReachBanner.qml" line="41"/>
        <source>Every control is in the lower part of the screen. Turn off “Reach” to use the whole screen.</source>
        <translation>Kõik nupud on ekraani alumises osas. Kogu ekraani kasutamiseks lülita „Nupud alla” välja.</translation>
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
        <location filename="../../qml/SearchScreen.qml" line="135"/>
        <source>Results</source>
        <translation>Tulemused</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="20"/>
        <source>Scan your staff badge</source>
        <translation>Skanni oma töötajakaart</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="27"/>
        <source>or enter your staff number and PIN</source>
        <translation>või sisesta oma töötaja number ja PIN-kood</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="38"/>
        <location filename="../../qml/SignInScreen.qml" line="40"/>
        <source>Staff number</source>
        <translation>Töötaja number</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="48"/>
        <location filename="../../qml/SignInScreen.qml" line="51"/>
        <source>PIN</source>
        <translation>PIN-kood</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="59"/>
        <source>Sign in</source>
        <translation>Logi sisse</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="73"/>
        <source>Signing in</source>
        <translation>Sisselogimine</translation>
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
    <name>SubstituteDialog</name>
    <message>
        <location filename="../../qml/SubstituteDialog.qml" line="31"/>
        <source>Substitute for %1</source>
        <translation>Asendus tootele %1</translation>
    </message>
    <message>
        <location filename="../../qml/SubstituteDialog.qml" line="50"/>
        <source>The shopper agrees to this substitute</source>
        <translation>Ostja nõustub selle asendusega</translation>
    </message>
    <message>
        <location filename="../../qml/SubstituteDialog.qml" line="59"/>
        <source>Cancel</source>
        <translation>Tühista</translation>
    </message>
    <message>
        <location filename="../../qml/SubstituteDialog.qml" line="66"/>
        <source>Substitute</source>
        <translation>Asenda</translation>
    </message>
    <message>
        <location filename="../../qml/SubstituteDialog.qml" line="71"/>
        <source>Record the substitute</source>
        <translation>Salvesta asendus</translation>
    </message>
</context>
<context>
    <name>TillScreen</name>
    <message>
        <location filename="../../qml/TillScreen.qml" line="34"/>
        <source>Tote QR for the till</source>
        <translation>Koti QR kassa jaoks</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="41"/>
        <source>Scan to till, item by item</source>
        <translation>Skanni kassas toode haaval</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="55"/>
        <source>QR code of the tote for the till</source>
        <translation>Koti QR-kood kassa jaoks</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="64"/>
        <source>%1 · %2 · quantity %3</source>
        <translation>%1 · %2 · kogus %3</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="75"/>
        <source>Barcode %1</source>
        <translation>Ribakood %1</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="88"/>
        <source>Previous</source>
        <translation>Eelmine</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="93"/>
        <source>Previous item</source>
        <translation>Eelmine toode</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="97"/>
        <source>Next</source>
        <translation>Järgmine</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="103"/>
        <source>Next item</source>
        <translation>Järgmine toode</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="111"/>
        <source>Done, back to the queue</source>
        <translation>Valmis, tagasi järjekorda</translation>
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
        <location filename="../../qml/ToteScreen.qml" line="28"/>
        <source>Back</source>
        <translation>Tagasi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ToteScreen.qml" line="35"/>
        <source>Your tote (%n item(s))</source>
        <translation>
            <numerusform>Sinu korv (%n toode)</numerusform>
            <numerusform>Sinu korv (%n toodet)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="53"/>
        <source>Linked to your account %1: your tote goes to your online cart</source>
        <translation>Seotud sinu kontoga %1: sinu korv liigub sinu e-poe ostukorvi</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="54"/>
        <source>Linking your account…</source>
        <translation>Sinu kontot seotakse…</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="75"/>
        <source>Your tote is empty. Scan a product to add it.</source>
        <translation>Sinu korv on tühi. Skanni toode, et see lisada.</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="109"/>
        <source>Undo remove</source>
        <translation>Võta eemaldamine tagasi</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="120"/>
        <source>Take now %1 · Pick up %2 · Ship %3 · Total %4</source>
        <translation>Kohe kaasa %1 · Järele %2 · Koju %3 · Kokku %4</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="125"/>
        <source>Finish at checkout</source>
        <translation>Lõpeta kassas</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="95"/>
        <source>Email me my list</source>
        <translation>Saada nimekiri mulle e-postiga</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="103"/>
        <source>Use my account</source>
        <translation>Kasuta minu kontot</translation>
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
</TS>
