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
    <name>Omnitote::KioskApplication</name>
    <message>
        <location filename="../../app/kiosk/kioskapplication.cpp" line="177"/>
        <source>The built-in store system could not start: %1</source>
        <translation>Sisseehitatud poe süsteem ei käivitunud: %1</translation>
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
        <translation>Koodi ei õnnestunud lugeda: %1. Palun skanni uuesti.</translation>
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
        <translation>Tundmatu kättetoimetamine või allikas: %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="145"/>
        <source>Unknown fulfilment: %1</source>
        <translation>Tundmatu kättetoimetamine: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="166"/>
        <source>Nothing to undo</source>
        <translation>Pole midagi tagasi võtta</translation>
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
        <translation>Ava</translation>
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
        <translation>Loobu</translation>
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
        <translation>Võtan kohe</translation>
    </message>
    <message>
        <location filename="../../qml/ToteLineDelegate.qml" line="50"/>
        <source>Pick up</source>
        <translation>Võtan poest</translation>
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
        <location filename="../../qml/ToteScreen.qml" line="25"/>
        <source>Back</source>
        <translation>Tagasi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ToteScreen.qml" line="32"/>
        <source>Your tote (%n item(s))</source>
        <translation>
            <numerusform>Sinu kott (%n toode)</numerusform>
            <numerusform>Sinu kott (%n toodet)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="58"/>
        <source>Your tote is empty. Scan a product to add it.</source>
        <translation>Sinu kott on tühi. Skanni toode, et see lisada.</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="77"/>
        <source>Undo remove</source>
        <translation>Võta eemaldamine tagasi</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="88"/>
        <source>Take now %1 · Pick up %2 · Ship %3 · Total %4</source>
        <translation>Kohe %1 · Poest %2 · Koju %3 · Kokku %4</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="93"/>
        <source>Finish at checkout</source>
        <translation>Lõpeta kassas</translation>
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
