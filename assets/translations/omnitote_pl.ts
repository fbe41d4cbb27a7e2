<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AccessibilityBar</name>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="13"/>
        <source>Display options</source>
        <translation>Opcje wyświetlania</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="39"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="40"/>
        <source>Large text</source>
        <translation>Duży tekst</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="46"/>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="47"/>
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="54"/>
        <source>Reach</source>
        <translation>Przyciski niżej</translation>
    </message>
    <message>
        <location filename="../../qml/AccessibilityBar.qml" line="55"/>
        <source>Move the controls to the bottom of the screen</source>
        <translation>Przenieś przyciski na dół ekranu</translation>
    </message>
</context>
<context>
    <name>AddToTotePanel</name>
    <message>
        <location filename="../../qml/AddToTotePanel.qml" line="14"/>
        <location filename="../../qml/AddToTotePanel.qml" line="28"/>
        <source>Add to tote</source>
        <translation>Dodaj do torby</translation>
    </message>
    <message>
        <location filename="../../qml/AddToTotePanel.qml" line="23"/>
        <source>Added to your tote.</source>
        <translation>Dodano do Twojej torby.</translation>
    </message>
    <message>
        <location filename="../../qml/AddToTotePanel.qml" line="40"/>
        <source>Take it now</source>
        <translation>Zabieram teraz</translation>
    </message>
    <message>
        <location filename="../../qml/AddToTotePanel.qml" line="47"/>
        <source>Pick up nearby</source>
        <translation>Odbiór w pobliskim sklepie</translation>
    </message>
    <message>
        <location filename="../../qml/AddToTotePanel.qml" line="53"/>
        <source>Ship to my home</source>
        <translation>Wyślij do domu</translation>
    </message>
</context>
<context>
    <name>AdminPinPad</name>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="18"/>
        <source>Staff settings</source>
        <translation>Ustawienia personelu</translation>
    </message>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="27"/>
        <source>Enter the admin PIN</source>
        <translation>Wpisz PIN administratora</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/AdminPinPad.qml" line="31"/>
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>Wpisano %n cyfrę</numerusform>
            <numerusform>Wpisano %n cyfry</numerusform>
            <numerusform>Wpisano %n cyfr</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="38"/>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %1 s.</translation>
    </message>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="39"/>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="55"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="56"/>
        <source>Delete last digit</source>
        <translation>Usuń ostatnią cyfrę</translation>
    </message>
    <message>
        <location filename="../../qml/AdminPinPad.qml" line="78"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="24"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="30"/>
        <source>Diagnostics</source>
        <translation>Diagnostyka</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="37"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="74"/>
        <source>%1 (set by the device&apos;s provisioning)</source>
        <translation>%1 (ustawione przy konfiguracji urządzenia)</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="87"/>
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="111"/>
        <source>Saved to %1. Restart the kiosk to apply.</source>
        <translation>Zapisano w %1. Uruchom kiosk ponownie, aby zastosować.</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="120"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="127"/>
        <source>Undo changes</source>
        <translation>Cofnij zmiany</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="134"/>
        <source>Restart kiosk</source>
        <translation>Uruchom kiosk ponownie</translation>
    </message>
    <message>
        <location filename="../../qml/AdminScreen.qml" line="195"/>
        <source>Check the backend again</source>
        <translation>Sprawdź backend ponownie</translation>
    </message>
</context>
<context>
    <name>AssociateMain</name>
    <message>
        <location filename="../../qml/AssociateMain.qml" line="23"/>
        <source>Omnitote for associates</source>
        <translation>Omnitote dla pracowników</translation>
    </message>
    <message>
        <location filename="../../qml/AssociateMain.qml" line="42"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Zalogowano: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../qml/AssociateMain.qml" line="43"/>
        <source>Associate sign-in</source>
        <translation>Logowanie pracownika</translation>
    </message>
    <message>
        <location filename="../../qml/AssociateMain.qml" line="51"/>
        <source>Sign out</source>
        <translation>Wyloguj się</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../qml/AttractScreen.qml" line="29"/>
        <source>Welcome</source>
        <translation>Witamy</translation>
    </message>
    <message>
        <location filename="../../qml/AttractScreen.qml" line="61"/>
        <source>Scan or tap a product</source>
        <translation>Zeskanuj lub dotknij produktu</translation>
    </message>
    <message>
        <location filename="../../qml/AttractScreen.qml" line="71"/>
        <source>Hold a barcode up to the camera, tap the NFC mark, or touch the screen to enter a code.</source>
        <translation>Zbliż kod kreskowy do kamery, dotknij znaku NFC lub dotknij ekranu, aby wpisać kod.</translation>
    </message>
</context>
<context>
    <name>CameraViewfinder</name>
    <message>
        <location filename="../../qml/CameraViewfinder.qml" line="16"/>
        <source>Camera viewfinder</source>
        <translation>Podgląd z kamery</translation>
    </message>
</context>
<context>
    <name>CheckoutScreen</name>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="23"/>
        <source>Finish at checkout</source>
        <translation>Zakończ przy kasie</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="33"/>
        <source>Sending your tote to the checkout</source>
        <translation>Wysyłanie Twojej torby do kasy</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="45"/>
        <source>Saving your tote…</source>
        <translation>Zapisywanie Twojej torby…</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="47"/>
        <source>Sending your tote to the checkout…</source>
        <translation>Wysyłanie Twojej torby do kasy…</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="49"/>
        <source>Show this code at the checkout. An associate brings your take-now items to the till.</source>
        <translation>Pokaż ten kod przy kasie. Pracownik przyniesie do kasy produkty do zabrania od razu.</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="65"/>
        <source>QR code of your tote</source>
        <translation>Kod QR Twojej torby</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="71"/>
        <source>Pickup code: %1</source>
        <translation>Kod odbioru: %1</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="82"/>
        <source>Back to my tote</source>
        <translation>Wróć do mojej torby</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="90"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="99"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../qml/CheckoutScreen.qml" line="105"/>
        <source>Done, clear the screen</source>
        <translation>Gotowe, wyczyść ekran</translation>
    </message>
</context>
<context>
    <name>EmailAddressField</name>
    <message>
        <location filename="../../qml/EmailAddressField.qml" line="20"/>
        <source>name@example.com</source>
        <translation>imie@example.com</translation>
    </message>
    <message>
        <location filename="../../qml/EmailAddressField.qml" line="24"/>
        <source>Email address</source>
        <translation>Adres e-mail</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <location filename="../../qml/EmailDialog.qml" line="35"/>
        <source>Email me my list</source>
        <translation>Wyślij mi listę e-mailem</translation>
    </message>
    <message>
        <location filename="../../qml/EmailDialog.qml" line="41"/>
        <source>We email you this tote with a link to your online cart, so you can finish at home.</source>
        <translation>Wyślemy Ci tę torbę z linkiem do Twojego koszyka online, żebyś mógł dokończyć zakupy w domu.</translation>
    </message>
    <message>
        <location filename="../../qml/EmailDialog.qml" line="56"/>
        <source>Also send me offers and news by email. I can unsubscribe at any time.</source>
        <translation>Wysyłajcie mi też oferty i nowości e-mailem. Mogę zrezygnować w każdej chwili.</translation>
    </message>
    <message>
        <location filename="../../qml/EmailDialog.qml" line="66"/>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <location filename="../../qml/EmailDialog.qml" line="78"/>
        <source>Send my list</source>
        <translation>Wyślij moją listę</translation>
    </message>
    <message>
        <location filename="../../qml/EmailDialog.qml" line="88"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../../qml/EmailDialog.qml" line="97"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../qml/EmailDialog.qml" line="97"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="19"/>
        <source>Main controls</source>
        <translation>Główne przyciski</translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="26"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="27"/>
        <source>Back to the start screen</source>
        <translation>Powrót do ekranu startowego</translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="39"/>
        <source>Type or scan a barcode, SKU or product code</source>
        <translation>Wpisz lub zeskanuj kod produktu</translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="40"/>
        <source>Product code</source>
        <translation>Kod produktu</translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="46"/>
        <source>Look up</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="59"/>
        <source>Search</source>
        <translation>Przeglądaj</translation>
    </message>
    <message>
        <location filename="../../qml/HeaderBar.qml" line="60"/>
        <source>Search and browse products</source>
        <translation>Wyszukuj i przeglądaj produkty</translation>
    </message>
</context>
<context>
    <name>IdentifyDialog</name>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="38"/>
        <source>Use my account</source>
        <translation>Użyj mojego konta</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="56"/>
        <source>6-digit code</source>
        <translation>6-cyfrowy kod</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="60"/>
        <source>Code from the email</source>
        <translation>Kod z e-maila</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="66"/>
        <source>One moment…</source>
        <translation>Chwileczkę…</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="85"/>
        <source>Your cart: %1</source>
        <translation>Twój koszyk: %1</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="97"/>
        <source>Email me a code</source>
        <translation>Wyślij mi kod</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="107"/>
        <source>Confirm</source>
        <translation>Potwierdź</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="117"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="126"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../qml/IdentifyDialog.qml" line="126"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
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
    <name>LatestCall</name>
    <message>
        <location filename="../../app/kiosk/latestcall.cpp" line="9"/>
        <source>The store&apos;s system is not answering right now. What you see may be out of date.</source>
        <translation>System sklepu w tej chwili nie odpowiada. Widoczne informacje mogą być nieaktualne.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/latestcall.cpp" line="10"/>
        <source>Something went wrong on the store&apos;s system (%1).</source>
        <translation>Wystąpił problem w systemie sklepu (%1).</translation>
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
        <translation>Serwer nie odpowiedział na czas</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="35"/>
        <source>The secure connection failed</source>
        <translation>Bezpieczne połączenie nie powiodło się</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="37"/>
        <source>The request was cancelled</source>
        <translation>Żądanie zostało anulowane</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="39"/>
        <source>The response was too large</source>
        <translation>Odpowiedź była zbyt duża</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="44"/>
        <source>The server could not be reached</source>
        <translation>Nie można połączyć się z serwerem</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="63"/>
        <source>The request has not finished yet</source>
        <translation>Żądanie jeszcze się nie zakończyło</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="97"/>
        <source>Unexpected response</source>
        <translation>Nieoczekiwana odpowiedź</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="98"/>
        <source>The server sent %1 instead of JSON</source>
        <translation>Serwer wysłał %1 zamiast JSON</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="109"/>
        <source>Invalid response</source>
        <translation>Nieprawidłowa odpowiedź</translation>
    </message>
    <message>
        <location filename="../../app/net/jsonreply.cpp" line="110"/>
        <source>The server sent invalid JSON: %1 at offset %2</source>
        <translation>Serwer wysłał nieprawidłowy JSON: %1 (pozycja %2)</translation>
    </message>
</context>
<context>
    <name>Omnitote::AdminGate</name>
    <message>
        <location filename="../../app/kiosk/admingate.cpp" line="52"/>
        <source>Settings are locked: no admin PIN is set on this device. Store IT sets one with &quot;omnitote admin-pin&quot;.</source>
        <translation>Ustawienia są zablokowane: na tym urządzeniu nie ustawiono PIN-u administratora. Dział IT sklepu ustawia go poleceniem &quot;omnitote admin-pin&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/admingate.cpp" line="57"/>
        <location filename="../../app/kiosk/admingate.cpp" line="113"/>
        <source>Too many wrong PINs. Try again later.</source>
        <translation>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/admingate.cpp" line="67"/>
        <source>The PIN has 4 to 12 digits.</source>
        <translation>PIN ma od 4 do 12 cyfr.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/admingate.cpp" line="103"/>
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>Błędny PIN. Została %n próba.</numerusform>
            <numerusform>Błędny PIN. Zostały %n próby.</numerusform>
            <numerusform>Błędny PIN. Zostało %n prób.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Omnitote::AssociateSession</name>
    <message>
        <location filename="../../app/kiosk/associatesession.cpp" line="19"/>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Twoje logowanie wygasło. Zaloguj się ponownie.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/associatesession.cpp" line="35"/>
        <source>That is not a staff badge. Scan your badge or enter your staff number and PIN.</source>
        <translation>To nie jest identyfikator pracownika. Zeskanuj identyfikator lub wpisz numer pracownika i PIN.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/associatesession.cpp" line="47"/>
        <source>Enter your staff number and PIN.</source>
        <translation>Wpisz numer pracownika i PIN.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/associatesession.cpp" line="72"/>
        <source>Sign-in failed: the badge, staff number or PIN is not right.</source>
        <translation>Logowanie nie powiodło się: identyfikator, numer pracownika lub PIN są nieprawidłowe.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/associatesession.cpp" line="73"/>
        <source>Sign-in failed: %1</source>
        <translation>Logowanie nie powiodło się: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/associatesession.cpp" line="105"/>
        <source>You were signed out. Please sign in again.</source>
        <translation>Wylogowano Cię. Zaloguj się ponownie.</translation>
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
        <translation>Łączenie z systemem sklepu…</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/backendstatus.cpp" line="34"/>
        <source>The store&apos;s system cannot be reached: %1</source>
        <translation>Brak połączenia z systemem sklepu: %1</translation>
    </message>
</context>
<context>
    <name>Omnitote::CameraController</name>
    <message>
        <location filename="../../app/kiosk/cameracontroller.cpp" line="36"/>
        <source>No camera — use the scanner or type the code</source>
        <translation>Brak kamery — użyj skanera lub wpisz kod</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/cameracontroller.cpp" line="39"/>
        <source>Starting the camera…</source>
        <translation>Uruchamianie kamery…</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/cameracontroller.cpp" line="41"/>
        <source>The camera is not working (%1) — use the scanner or type the code</source>
        <translation>Kamera nie działa (%1) — użyj skanera lub wpisz kod</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/cameracontroller.cpp" line="44"/>
        <source>The camera is off — use the scanner or type the code</source>
        <translation>Kamera jest wyłączona — użyj skanera lub wpisz kod</translation>
    </message>
</context>
<context>
    <name>Omnitote::CameraScanSource</name>
    <message>
        <location filename="../../hardware/camera/camerascansource.cpp" line="44"/>
        <source>Frame feed</source>
        <translation>Strumień klatek</translation>
    </message>
    <message>
        <location filename="../../hardware/camera/camerascansource.cpp" line="80"/>
        <source>No camera found</source>
        <translation>Nie znaleziono kamery</translation>
    </message>
    <message>
        <location filename="../../hardware/camera/camerascansource.cpp" line="94"/>
        <source>No camera &quot;%1&quot; (found: %2)</source>
        <translation>Brak kamery „%1” (znaleziono: %2)</translation>
    </message>
    <message>
        <location filename="../../hardware/camera/camerascansource.cpp" line="121"/>
        <source>Barcode decoder unavailable: %1</source>
        <translation>Dekoder kodów kreskowych niedostępny: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hardware/camera/camerascansource.cpp" line="142"/>
        <source>Barcode decoder restarted after a crash (%n so far)</source>
        <translation>
            <numerusform>Dekoder kodów kreskowych uruchomiono ponownie po awarii (dotąd %n raz)</numerusform>
            <numerusform>Dekoder kodów kreskowych uruchomiono ponownie po awarii (dotąd %n razy)</numerusform>
            <numerusform>Dekoder kodów kreskowych uruchomiono ponownie po awarii (dotąd %n razy)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Omnitote::CheckoutController</name>
    <message>
        <location filename="../../app/kiosk/checkoutcontroller.cpp" line="29"/>
        <source>Your tote is empty. Add something before you finish.</source>
        <translation>Twoja torba jest pusta. Dodaj coś, zanim zakończysz.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/checkoutcontroller.cpp" line="51"/>
        <source>Your tote could not be saved. Please ask an associate for help.</source>
        <translation>Nie udało się zapisać Twojej torby. Poproś pracownika o pomoc.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/checkoutcontroller.cpp" line="77"/>
        <source>The checkout could not be started: %1</source>
        <translation>Nie udało się rozpocząć zakończenia przy kasie: %1</translation>
    </message>
</context>
<context>
    <name>Omnitote::CheckoutQueueModel</name>
    <message numerus="yes">
        <location filename="../../app/kiosk/checkoutqueuemodel.cpp" line="34"/>
        <source>waiting %n second(s)</source>
        <translation>
            <numerusform>czeka %n sekundę</numerusform>
            <numerusform>czeka %n sekundy</numerusform>
            <numerusform>czeka %n sekund</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/checkoutqueuemodel.cpp" line="35"/>
        <source>waiting %n minute(s)</source>
        <translation>
            <numerusform>czeka %n minutę</numerusform>
            <numerusform>czeka %n minuty</numerusform>
            <numerusform>czeka %n minut</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/kiosk/checkoutqueuemodel.cpp" line="116"/>
        <source>The queue could not be refreshed: %1</source>
        <translation>Nie udało się odświeżyć kolejki: %1</translation>
    </message>
</context>
<context>
    <name>Omnitote::CustomerLinkController</name>
    <message>
        <location filename="../../app/kiosk/customerlinkcontroller.cpp" line="34"/>
        <location filename="../../app/kiosk/customerlinkcontroller.cpp" line="91"/>
        <source>Your account cannot be linked right now. Please try again in a moment.</source>
        <translation>Nie można teraz połączyć Twojego konta. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/customerlinkcontroller.cpp" line="85"/>
        <source>This code has expired. Please reopen the code in your app and scan it again.</source>
        <translation>Ten kod wygasł. Otwórz kod ponownie w aplikacji i zeskanuj go jeszcze raz.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/customerlinkcontroller.cpp" line="87"/>
        <source>This code is not valid. Please show the code from the store&apos;s app.</source>
        <translation>Ten kod jest nieważny. Pokaż kod z aplikacji sklepu.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/customerlinkcontroller.cpp" line="89"/>
        <source>That is not a customer code. Please show the code from the store&apos;s app.</source>
        <translation>To nie jest kod klienta. Pokaż kod z aplikacji sklepu.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/customerlinkcontroller.cpp" line="92"/>
        <source>Your account could not be linked: %1</source>
        <translation>Nie udało się połączyć Twojego konta: %1</translation>
    </message>
</context>
<context>
    <name>Omnitote::DiagnosticsModel</name>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="54"/>
        <source>Scanners and readers</source>
        <translation>Skanery i czytniki</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="58"/>
        <source>None configured</source>
        <translation>Nie skonfigurowano</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="59"/>
        <source>Only typed codes work. Configure a scanner in Settings.</source>
        <translation>Działają tylko wpisane kody. Skonfiguruj skaner w ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="71"/>
        <source>Scans this session</source>
        <translation>Skanowania w tej sesji</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="74"/>
        <source>Backend</source>
        <translation>System zaplecza</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="76"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="84"/>
        <source>Connection</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="89"/>
        <source>Store</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="95"/>
        <source>Tote sync</source>
        <translation>Synchronizacja koszyka</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="97"/>
        <source>Local tote storage</source>
        <translation>Lokalny zapis koszyka</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="98"/>
        <source>Open</source>
        <translation>Otwarty</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="98"/>
        <source>Not available</source>
        <translation>Niedostępny</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="106"/>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="107"/>
        <source>%1, %n change(s) waiting</source>
        <translation>
            <numerusform>%1, czeka %n zmiana</numerusform>
            <numerusform>%1, czekają %n zmiany</numerusform>
            <numerusform>%1, czeka %n zmian</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="109"/>
        <source>Last error</source>
        <translation>Ostatni błąd</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="112"/>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="116"/>
        <source>Free disk</source>
        <translation>Wolne miejsce na dysku</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="122"/>
        <source>Cannot read %1</source>
        <translation>Nie można odczytać %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/diagnosticsmodel.cpp" line="124"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
</context>
<context>
    <name>Omnitote::EmailController</name>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="54"/>
        <source>Type your email address.</source>
        <translation>Wpisz swój adres e-mail.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="56"/>
        <source>Use only Latin letters, digits and . _ - + in the address.</source>
        <translation>W adresie używaj tylko liter łacińskich, cyfr oraz . _ - +.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="58"/>
        <source>Remove the spaces from the address.</source>
        <translation>Usuń spacje z adresu.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="60"/>
        <source>An email address has an @, like name@example.com.</source>
        <translation>Adres e-mail zawiera @, np. imie@example.com.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="62"/>
        <source>Check the part before the @.</source>
        <translation>Sprawdź część przed @.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="64"/>
        <source>Check the part after the @, like example.com.</source>
        <translation>Sprawdź część po @, np. example.com.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="66"/>
        <source>This address is too long.</source>
        <translation>Ten adres jest za długi.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="106"/>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="303"/>
        <source>Your tote is empty. Add something to it first.</source>
        <translation>Twoja torba jest pusta. Najpierw coś do niej dodaj.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="125"/>
        <source>Sent! Your list is on its way to %1.</source>
        <translation>Wysłano! Twoja lista jest w drodze na adres %1.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="148"/>
        <source>We sent a 6-digit code to %1. Type it below; it is valid for 10 minutes.</source>
        <translation>Wysłaliśmy 6-cyfrowy kod na adres %1. Wpisz go poniżej; jest ważny 10 minut.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="157"/>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="308"/>
        <source>The code has 6 digits.</source>
        <translation>Kod ma 6 cyfr.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="265"/>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="279"/>
        <source>We could not reach our server. Your address is kept: try again in a moment, or ask a member of staff.</source>
        <translation>Nie udało się połączyć z naszym serwerem. Twój adres został zachowany: spróbuj ponownie za chwilę lub poproś o pomoc pracownika.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="289"/>
        <source>This address has had as many lists as we send in a day. Please try again tomorrow.</source>
        <translation>Na ten adres wysłaliśmy już dziś maksymalną liczbę list. Spróbuj ponownie jutro.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="291"/>
        <source>Too many codes were sent to this address. Please wait an hour and try again.</source>
        <translation>Na ten adres wysłano zbyt wiele kodów. Odczekaj godzinę i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="293"/>
        <source>This store has sent a lot of emails in the last hour. Please try again later.</source>
        <translation>Ten sklep wysłał w ostatniej godzinie wiele e-maili. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="295"/>
        <source>This kiosk has sent a lot of emails in the last hour. Please try again later or ask a member of staff.</source>
        <translation>Ten kiosk wysłał w ostatniej godzinie wiele e-maili. Spróbuj ponownie później lub poproś o pomoc pracownika.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="301"/>
        <source>This address was not accepted. Please check it.</source>
        <translation>Ten adres nie został przyjęty. Sprawdź go.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="311"/>
        <source>The code has expired. Ask for a new one.</source>
        <translation>Kod wygasł. Poproś o nowy.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="312"/>
        <source>Too many wrong tries. Ask for a new code.</source>
        <translation>Zbyt wiele błędnych prób. Poproś o nowy kod.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="314"/>
        <source>That did not work. Please ask a member of staff.</source>
        <translation>Nie udało się. Poproś o pomoc pracownika.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/emailcontroller.cpp" line="347"/>
        <source>Welcome back! This tote is now saved to your account.</source>
        <translation>Witaj ponownie! Ta torba jest teraz zapisana na Twoim koncie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/emailcontroller.cpp" line="306"/>
        <source>That code is not right. %n tries left.</source>
        <translation>
            <numerusform>Kod jest nieprawidłowy. Została %n próba.</numerusform>
            <numerusform>Kod jest nieprawidłowy. Zostały %n próby.</numerusform>
            <numerusform>Kod jest nieprawidłowy. Zostało %n prób.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Omnitote::EvdevScanner</name>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="74"/>
        <source>No scanner at %1; waiting for one</source>
        <translation>Brak skanera pod %1; czekam na niego</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="77"/>
        <source>No permission to read %1 (the kiosk user needs the &quot;input&quot; group)</source>
        <translation>Brak uprawnień do odczytu %1 (użytkownik kiosku musi należeć do grupy „input”)</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="79"/>
        <source>Cannot open %1: %2</source>
        <translation>Nie można otworzyć %1: %2</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="88"/>
        <source>%1 is grabbed by another program</source>
        <translation>%1 jest przejęty przez inny program</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="89"/>
        <source>Cannot grab %1 (is it an input device?): %2</source>
        <translation>Nie można przejąć %1 (czy to urządzenie wejściowe?): %2</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="102"/>
        <source>Reading the scanner at %1</source>
        <translation>Odczyt skanera pod %1</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="127"/>
        <source>%1: %2; trying again</source>
        <translation>%1: %2; ponawiam próbę</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="141"/>
        <source>unplugged</source>
        <translation>odłączony</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/evdevscanner.cpp" line="145"/>
        <source>closed</source>
        <translation>zamknięty</translation>
    </message>
</context>
<context>
    <name>Omnitote::HidWedgeScanner</name>
    <message>
        <location filename="../../hardware/hid/hidwedgescanner.cpp" line="77"/>
        <source>No application to listen to</source>
        <translation>Brak aplikacji do nasłuchiwania</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/hidwedgescanner.cpp" line="82"/>
        <source>Listening for a USB scanner in keyboard mode</source>
        <translation>Nasłuchuję skanera USB w trybie klawiatury</translation>
    </message>
</context>
<context>
    <name>Omnitote::HttpClient</name>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="380"/>
        <source>The request header &quot;%1&quot; is not valid</source>
        <translation>Nagłówek żądania „%1” jest nieprawidłowy</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="423"/>
        <source>Connecting to %1 timed out after %2 s</source>
        <translation>Łączenie z %1 przekroczyło limit czasu po %2 s</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="426"/>
        <source>The request to %1 timed out after %2 s</source>
        <translation>Żądanie do %1 przekroczyło limit czasu po %2 s</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="436"/>
        <source>Could not connect to %1 (%2)</source>
        <translation>Nie można połączyć się z %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="442"/>
        <source>Could not find the server %1 (host name lookup failed)</source>
        <translation>Nie znaleziono serwera %1 (nie udało się rozwiązać nazwy hosta)</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="448"/>
        <source>TLS certificate for host %1 could not be verified (%2)</source>
        <translation>Nie można zweryfikować certyfikatu TLS hosta %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="462"/>
        <source>Secure connection to %1 failed%2</source>
        <translation>Bezpieczne połączenie z %1 nie powiodło się%2</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="472"/>
        <source>%1 closed the connection without answering</source>
        <translation>%1 zamknął połączenie bez odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="477"/>
        <source>%1 closed the connection before the response was complete</source>
        <translation>%1 zamknął połączenie przed końcem odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="482"/>
        <source>The compressed response from %1 could not be decoded</source>
        <translation>Nie można zdekodować skompresowanej odpowiedzi z %1</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="486"/>
        <location filename="../../app/net/httpclient.cpp" line="493"/>
        <source>The request to %1 failed%2</source>
        <translation>Żądanie do %1 nie powiodło się%2</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="490"/>
        <source>The response from %1 is larger than the limit of %2</source>
        <translation>Odpowiedź z %1 przekracza limit %2</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="510"/>
        <source>The request to %1 was cancelled because the client shut down</source>
        <translation>Żądanie do %1 anulowano, ponieważ klient został zamknięty</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="524"/>
        <source>Cannot send a request to &quot;%1&quot;: only http and https URLs are supported</source>
        <translation>Nie można wysłać żądania do „%1”: obsługiwane są tylko adresy http i https</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="542"/>
        <source>The network library could not start a request</source>
        <translation>Biblioteka sieciowa nie mogła rozpocząć żądania</translation>
    </message>
    <message>
        <location filename="../../app/net/httpclient.cpp" line="551"/>
        <source>The network library refused the request: %1</source>
        <translation>Biblioteka sieciowa odrzuciła żądanie: %1</translation>
    </message>
</context>
<context>
    <name>Omnitote::HttpReply</name>
    <message>
        <location filename="../../app/net/httpreply.cpp" line="37"/>
        <source>The request to %1 was cancelled</source>
        <translation>Żądanie do %1 zostało anulowane</translation>
    </message>
</context>
<context>
    <name>Omnitote::KioskApplication</name>
    <message>
        <location filename="../../app/kiosk/kioskapplication.cpp" line="255"/>
        <source>The built-in store system could not start: %1</source>
        <translation>Wbudowany system sklepu nie uruchomił się: %1</translation>
    </message>
</context>
<context>
    <name>Omnitote::LibNfcReader</name>
    <message>
        <location filename="../../hardware/nfc/libnfcreader.cpp" line="27"/>
        <source>Opening the NFC reader</source>
        <translation>Otwieram czytnik NFC</translation>
    </message>
</context>
<context>
    <name>Omnitote::NfcReaderWorker</name>
    <message>
        <location filename="../../hardware/nfc/nfcreaderworker.cpp" line="66"/>
        <source>libnfc could not be initialised</source>
        <translation>Nie można zainicjować libnfc</translation>
    </message>
    <message>
        <location filename="../../hardware/nfc/nfcreaderworker.cpp" line="114"/>
        <source>NFC reader not responding (%1); reconnecting</source>
        <translation>Czytnik NFC nie odpowiada (%1); łączę ponownie</translation>
    </message>
    <message>
        <location filename="../../hardware/nfc/nfcreaderworker.cpp" line="124"/>
        <source>any port</source>
        <translation>dowolny port</translation>
    </message>
    <message>
        <location filename="../../hardware/nfc/nfcreaderworker.cpp" line="126"/>
        <source>No NFC reader at %1; retrying</source>
        <translation>Brak czytnika NFC pod %1; ponawiam</translation>
    </message>
    <message>
        <location filename="../../hardware/nfc/nfcreaderworker.cpp" line="133"/>
        <source>NFC reader %1 ready</source>
        <translation>Czytnik NFC %1 gotowy</translation>
    </message>
    <message>
        <location filename="../../hardware/nfc/nfcreaderworker.cpp" line="169"/>
        <source>Read tag %1</source>
        <translation>Odczytano tag %1</translation>
    </message>
    <message>
        <location filename="../../hardware/nfc/nfcreaderworker.cpp" line="173"/>
        <source>Tag moved away before it was read; tap again</source>
        <translation>Tag odsunięto przed odczytem; przyłóż ponownie</translation>
    </message>
</context>
<context>
    <name>Omnitote::PickController</name>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="68"/>
        <source>Scan each item as you pick it.</source>
        <translation>Skanuj każdy produkt, gdy go zbierasz.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="70"/>
        <source>This tote cannot be opened: %1</source>
        <translation>Nie można otworzyć tej torby: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="81"/>
        <source>No tote found: %1</source>
        <translation>Nie znaleziono torby: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="109"/>
        <source>%1: %2 of %3 picked</source>
        <translation>%1: zebrano %2 z %3</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="126"/>
        <source>Marked as not on the shelf.</source>
        <translation>Oznaczono jako brak na półce.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="128"/>
        <source>Could not mark it short: %1</source>
        <translation>Nie udało się oznaczyć braku: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="146"/>
        <source>The other variants could not be loaded: %1</source>
        <translation>Nie udało się wczytać innych wariantów: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="169"/>
        <source>Ask the shopper first: a substitute needs their consent.</source>
        <translation>Najpierw zapytaj klienta: zamiennik wymaga jego zgody.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="176"/>
        <source>Substitute recorded. Scan the substitute to pick it.</source>
        <translation>Zapisano zamiennik. Zeskanuj zamiennik, aby go zebrać.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="178"/>
        <source>Could not substitute: %1</source>
        <translation>Nie udało się zamienić: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="193"/>
        <source>Ship-to-home items became online order %1.</source>
        <translation>Produkty z dostawą do domu stały się zamówieniem online %1.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="195"/>
        <source>Ship-to-home items stay in the shopper&apos;s online cart: they order them online.</source>
        <translation>Produkty z dostawą do domu zostają w koszyku online klienta: zamówi je przez internet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/pickcontroller.cpp" line="196"/>
        <source>%n item(s) to the till, %1.</source>
        <translation>
            <numerusform>%n produkt do kasy, %1.</numerusform>
            <numerusform>%n produkty do kasy, %1.</numerusform>
            <numerusform>%n produktów do kasy, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/pickcontroller.cpp" line="199"/>
        <source>%n not on the shelf.</source>
        <translation>
            <numerusform>%n brak na półce.</numerusform>
            <numerusform>%n brakuje na półce.</numerusform>
            <numerusform>%n brakuje na półce.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pickcontroller.cpp" line="206"/>
        <source>Could not complete: %1</source>
        <translation>Nie udało się zakończyć: %1</translation>
    </message>
</context>
<context>
    <name>Omnitote::PickListModel</name>
    <message>
        <location filename="../../app/kiosk/picklistmodel.cpp" line="57"/>
        <source>Aisle %1</source>
        <translation>Alejka %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/picklistmodel.cpp" line="58"/>
        <source>Aisle %1 (%2)</source>
        <translation>Alejka %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/picklistmodel.cpp" line="60"/>
        <source>Stock room</source>
        <translation>Magazyn</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/picklistmodel.cpp" line="61"/>
        <source>Bay %1</source>
        <translation>Regał %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/picklistmodel.cpp" line="71"/>
        <source>Substitute: %1 (the shopper agreed)</source>
        <translation>Zamiennik: %1 (klient się zgodził)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/picklistmodel.cpp" line="73"/>
        <source>Substitute: %1</source>
        <translation>Zamiennik: %1</translation>
    </message>
</context>
<context>
    <name>Omnitote::ProductController</name>
    <message>
        <location filename="../../app/kiosk/productcontroller.cpp" line="49"/>
        <source>The store&apos;s system is still starting. Please try again in a moment.</source>
        <translation>System sklepu wciąż się uruchamia. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/productcontroller.cpp" line="77"/>
        <source>We could not find a product for “%1”.</source>
        <translation>Nie znaleźliśmy produktu dla „%1”.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/productcontroller.cpp" line="147"/>
        <source>Stock and prices from the offline copy; their age is unknown</source>
        <translation>Stan magazynowy i ceny z kopii offline; nie wiadomo, jak są stare</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/productcontroller.cpp" line="150"/>
        <source>Stock and prices updated just now</source>
        <translation>Stan magazynowy i ceny zaktualizowano przed chwilą</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/productcontroller.cpp" line="152"/>
        <source>Stock and prices updated %n min ago</source>
        <translation>
            <numerusform>Stan magazynowy i ceny zaktualizowano %n min temu</numerusform>
            <numerusform>Stan magazynowy i ceny zaktualizowano %n min temu</numerusform>
            <numerusform>Stan magazynowy i ceny zaktualizowano %n min temu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/kiosk/productcontroller.cpp" line="156"/>
        <source>Stock and prices as of %1</source>
        <extracomment>%1 is a time (&quot;14:02&quot;) or, on another day, a date and time</extracomment>
        <translation>Stan magazynowy i ceny na %1</translation>
    </message>
</context>
<context>
    <name>Omnitote::ProductSummaryModel</name>
    <message>
        <location filename="../../app/kiosk/productsummarymodel.cpp" line="24"/>
        <source>Goes with</source>
        <translation>Pasuje do</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/productsummarymodel.cpp" line="26"/>
        <source>Similar</source>
        <translation>Podobne</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/productsummarymodel.cpp" line="27"/>
        <source>You may also like</source>
        <translation>Może Ci się spodobać</translation>
    </message>
</context>
<context>
    <name>Omnitote::ScanController</name>
    <message>
        <location filename="../../app/kiosk/scancontroller.cpp" line="139"/>
        <source>That code could not be read: %1. Please scan it again.</source>
        <translation>Nie udało się odczytać kodu: %1. Zeskanuj go ponownie.</translation>
    </message>
</context>
<context>
    <name>Omnitote::SearchModel</name>
    <message>
        <location filename="../../app/kiosk/searchmodel.cpp" line="50"/>
        <source>Offline results. %1</source>
        <extracomment>%1 says how old the offline copy&apos;s stock and prices are</extracomment>
        <translation>Wyniki offline. %1</translation>
    </message>
</context>
<context>
    <name>Omnitote::SettingsModel</name>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="42"/>
        <source>Backend URL (empty: built-in demo backend)</source>
        <translation>Adres URL backendu (puste: wbudowany backend demonstracyjny)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="44"/>
        <source>Store id</source>
        <translation>Identyfikator sklepu</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="45"/>
        <source>Device token</source>
        <translation>Token urządzenia</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="46"/>
        <source>Default language (en, zh_CN, et, pl)</source>
        <translation>Język domyślny (en, zh_CN, et, pl)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="48"/>
        <source>Seconds before &quot;Still there?&quot;</source>
        <translation>Sekundy do pytania „Nadal tu jesteś?”</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="50"/>
        <source>Mode: shopper kiosk or associate tablet (shopper, associate)</source>
        <translation>Tryb: kiosk klienta lub tablet pracownika (shopper, associate)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="54"/>
        <source>Camera (auto, none, or a camera&apos;s id)</source>
        <translation>Kamera (auto, none lub identyfikator kamery)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="56"/>
        <source>Same code again within (ms) is one scan</source>
        <translation>Ten sam kod w tym czasie (ms) to jedno skanowanie</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="58"/>
        <source>USB scanner in keyboard mode (1 on, 0 off)</source>
        <translation>Skaner USB w trybie klawiatury (1 wł., 0 wył.)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="60"/>
        <source>USB scanner prefix</source>
        <translation>Prefiks skanera USB</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="62"/>
        <source>USB scanner suffix</source>
        <translation>Sufiks skanera USB</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="64"/>
        <source>USB scanner: longest pause between keys (ms)</source>
        <translation>Skaner USB: najdłuższa przerwa między klawiszami (ms)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="66"/>
        <source>USB scanner: shortest code</source>
        <translation>Skaner USB: najkrótszy kod</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="68"/>
        <source>USB scanner input device (/dev/input/eventN)</source>
        <translation>Urządzenie wejściowe skanera USB (/dev/input/eventN)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="70"/>
        <source>NFC reader (libnfc connstring, or auto)</source>
        <translation>Czytnik NFC (ciąg połączenia libnfc lub auto)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="72"/>
        <source>Product URLs NFC tags may open (comma-separated)</source>
        <translation>Adresy URL produktów, które mogą otwierać tagi NFC (oddzielone przecinkami)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/settingsmodel.cpp" line="187"/>
        <source>The kiosk could not restart itself. Restart the device.</source>
        <translation>Kiosk nie mógł sam się uruchomić ponownie. Uruchom ponownie urządzenie.</translation>
    </message>
</context>
<context>
    <name>Omnitote::SimulatedNfcReader</name>
    <message>
        <location filename="../../hardware/nfc/simulatednfcreader.cpp" line="14"/>
        <source>Simulated NFC reader</source>
        <translation>Symulowany czytnik NFC</translation>
    </message>
</context>
<context>
    <name>Omnitote::SimulatedScanSource</name>
    <message>
        <location filename="../../hardware/hid/simulatedscansource.cpp" line="23"/>
        <source>Simulated scanner</source>
        <translation>Symulowany skaner</translation>
    </message>
    <message>
        <location filename="../../hardware/hid/simulatedscansource.cpp" line="63"/>
        <source>Cannot read scans from %1: %2</source>
        <translation>Nie można odczytać skanów z %1: %2</translation>
    </message>
</context>
<context>
    <name>Omnitote::SyncEngine</name>
    <message>
        <location filename="../../app/tote/syncengine.cpp" line="79"/>
        <source>The tote&apos;s record is missing on this device</source>
        <translation>Na tym urządzeniu brakuje zapisu torby</translation>
    </message>
    <message>
        <location filename="../../app/tote/syncengine.cpp" line="209"/>
        <source>A change could not be saved: %1</source>
        <translation>Nie można zapisać zmiany: %1</translation>
    </message>
</context>
<context>
    <name>Omnitote::TillHandoff</name>
    <message>
        <location filename="../../app/kiosk/tillhandoff.cpp" line="49"/>
        <source>Item %1 of %2</source>
        <translation>Produkt %1 z %2</translation>
    </message>
</context>
<context>
    <name>Omnitote::ToteController</name>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="77"/>
        <source>Saved</source>
        <translation>Zapisano</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/totecontroller.cpp" line="79"/>
        <source>Saving %n change(s)…</source>
        <translation>
            <numerusform>Zapisywanie %n zmiany…</numerusform>
            <numerusform>Zapisywanie %n zmian…</numerusform>
            <numerusform>Zapisywanie %n zmian…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/kiosk/totecontroller.cpp" line="81"/>
        <source>Offline: %n change(s) will be saved when the connection is back</source>
        <translation>
            <numerusform>Offline: %n zmiana zostanie zapisana po przywróceniu połączenia</numerusform>
            <numerusform>Offline: %n zmiany zostaną zapisane po przywróceniu połączenia</numerusform>
            <numerusform>Offline: %n zmian zostanie zapisanych po przywróceniu połączenia</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="85"/>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="133"/>
        <source>There is no product to add</source>
        <translation>Brak produktu do dodania</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="135"/>
        <source>Unknown fulfilment or source: %1, %2</source>
        <translation>Nieznany sposób odbioru lub źródło: %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="151"/>
        <source>Unknown fulfilment: %1</source>
        <translation>Nieznany sposób odbioru: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/totecontroller.cpp" line="172"/>
        <source>Nothing to undo</source>
        <translation>Nie ma czego cofnąć</translation>
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
        <translation>Błąd zapisu torby: %1</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="124"/>
        <source>Cannot open the tote file %1: %2</source>
        <translation>Nie można otworzyć pliku torby %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="132"/>
        <source>The tote file %1 cannot use write-ahead logging</source>
        <translation>Plik torby %1 nie może używać dziennika zapisu z wyprzedzeniem</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="141"/>
        <source>The tote file %1 was written by a newer version</source>
        <translation>Plik torby %1 został zapisany przez nowszą wersję</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="200"/>
        <source>The tote is full: it holds at most %1 different items</source>
        <translation>Torba jest pełna: mieści najwyżej %1 różnych produktów</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="247"/>
        <source>That item is no longer in the tote</source>
        <translation>Tego produktu nie ma już w torbie</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="317"/>
        <location filename="../../app/tote/totestore.cpp" line="433"/>
        <source>The tote is not available</source>
        <translation>Torba jest niedostępna</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="321"/>
        <source>This product cannot be added</source>
        <translation>Nie można dodać tego produktu</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="325"/>
        <location filename="../../app/tote/totestore.cpp" line="371"/>
        <source>The quantity must be between 1 and %1</source>
        <translation>Ilość musi wynosić od 1 do %1</translation>
    </message>
    <message>
        <location filename="../../app/tote/totestore.cpp" line="329"/>
        <location filename="../../app/tote/totestore.cpp" line="394"/>
        <source>This item is sold online only and can only be shipped</source>
        <translation>Ten produkt jest sprzedawany tylko online i można go tylko wysłać</translation>
    </message>
</context>
<context>
    <name>PickLineDelegate</name>
    <message>
        <location filename="../../qml/PickLineDelegate.qml" line="29"/>
        <source>%1, %2 of %3 picked</source>
        <translation>%1, zebrano %2 z %3</translation>
    </message>
    <message>
        <location filename="../../qml/PickLineDelegate.qml" line="48"/>
        <source>%1 · %2 on hand</source>
        <translation>%1 · na stanie %2</translation>
    </message>
    <message>
        <location filename="../../qml/PickLineDelegate.qml" line="61"/>
        <source>%1 / %2 (%3 short)</source>
        <translation>%1 / %2 (brakuje %3)</translation>
    </message>
    <message>
        <location filename="../../qml/PickLineDelegate.qml" line="62"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../qml/PickLineDelegate.qml" line="67"/>
        <source>Short</source>
        <translation>Brak</translation>
    </message>
    <message>
        <location filename="../../qml/PickLineDelegate.qml" line="71"/>
        <source>Not on the shelf: %1</source>
        <translation>Brak na półce: %1</translation>
    </message>
    <message>
        <location filename="../../qml/PickLineDelegate.qml" line="75"/>
        <source>Substitute</source>
        <translation>Zamień</translation>
    </message>
    <message>
        <location filename="../../qml/PickLineDelegate.qml" line="79"/>
        <source>Substitute %1</source>
        <translation>Zamień %1</translation>
    </message>
</context>
<context>
    <name>PickScreen</name>
    <message>
        <location filename="../../qml/PickScreen.qml" line="24"/>
        <source>Back to the queue</source>
        <translation>Wróć do kolejki</translation>
    </message>
    <message>
        <location filename="../../qml/PickScreen.qml" line="32"/>
        <source>Tote %1</source>
        <translation>Torba %1</translation>
    </message>
    <message>
        <location filename="../../qml/PickScreen.qml" line="42"/>
        <location filename="../../qml/PickScreen.qml" line="44"/>
        <source>Item code</source>
        <translation>Kod produktu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/PickScreen.qml" line="86"/>
        <source>%n line(s) ship to the shopper&apos;s home; nothing to pick.</source>
        <translation>
            <numerusform>%n pozycja zostanie wysłana do domu klienta; nie trzeba jej zbierać.</numerusform>
            <numerusform>%n pozycje zostaną wysłane do domu klienta; nie trzeba ich zbierać.</numerusform>
            <numerusform>%n pozycji zostanie wysłanych do domu klienta; nie trzeba ich zbierać.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/PickScreen.qml" line="93"/>
        <source>Complete</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../../qml/PickScreen.qml" line="99"/>
        <source>Complete the pick</source>
        <translation>Zakończ zbieranie</translation>
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
        <translation>Tylko online</translation>
    </message>
</context>
<context>
    <name>ProductDetails</name>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="51"/>
        <source>Online only · ships to your home</source>
        <translation>Tylko online · dostawa do domu</translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="75"/>
        <source>No reviews yet</source>
        <translation>Brak opinii</translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="76"/>
        <source>%1 · 1 review</source>
        <translation>%1 · 1 opinia</translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="78"/>
        <source>%1 · %2 reviews</source>
        <translation>%1 · opinie: %2</translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="87"/>
        <source>Colour</source>
        <translation>Kolor</translation>
    </message>
    <message>
        <location filename="../../qml/ProductDetails.qml" line="95"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
</context>
<context>
    <name>ProductGallery</name>
    <message>
        <location filename="../../qml/ProductGallery.qml" line="14"/>
        <source>Photos of %1</source>
        <translation>Zdjęcia: %1</translation>
    </message>
    <message>
        <location filename="../../qml/ProductGallery.qml" line="44"/>
        <source>Photo %1 of %2</source>
        <translation>Zdjęcie %1 z %2</translation>
    </message>
    <message>
        <location filename="../../qml/ProductGallery.qml" line="62"/>
        <source>Show photo %1</source>
        <translation>Pokaż zdjęcie %1</translation>
    </message>
</context>
<context>
    <name>ProductScreen</name>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="22"/>
        <source>Scan a product&apos;s barcode, or type its code above.</source>
        <translation>Zeskanuj kod kreskowy produktu lub wpisz jego kod powyżej.</translation>
    </message>
    <message>
        <location filename="../../qml/ProductScreen.qml" line="95"/>
        <source>Loading the product</source>
        <translation>Wczytywanie produktu</translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message numerus="yes">
        <location filename="../../qml/QueueScreen.qml" line="25"/>
        <source>Checkout queue (%n tote(s))</source>
        <translation>
            <numerusform>Kolejka do kasy (%n torba)</numerusform>
            <numerusform>Kolejka do kasy (%n torby)</numerusform>
            <numerusform>Kolejka do kasy (%n toreb)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/QueueScreen.qml" line="35"/>
        <location filename="../../qml/QueueScreen.qml" line="37"/>
        <source>Pickup code</source>
        <translation>Kod odbioru</translation>
    </message>
    <message>
        <location filename="../../qml/QueueScreen.qml" line="42"/>
        <source>Open</source>
        <translation>Otwarty</translation>
    </message>
    <message>
        <location filename="../../qml/QueueScreen.qml" line="45"/>
        <source>Open the tote with this code</source>
        <translation>Otwórz torbę o tym kodzie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/QueueScreen.qml" line="82"/>
        <source>%1 · %n item(s) · %2</source>
        <translation>
            <numerusform>%1 · %n produkt · %2</numerusform>
            <numerusform>%1 · %n produkty · %2</numerusform>
            <numerusform>%1 · %n produktów · %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/QueueScreen.qml" line="83"/>
        <source>picking: %1</source>
        <translation>zbiera: %1</translation>
    </message>
    <message>
        <location filename="../../qml/QueueScreen.qml" line="90"/>
        <source>No one is waiting.</source>
        <translation>Nikt nie czeka.</translation>
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
    <name>RatingSummary</name>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="22"/>
        <source>Reviews</source>
        <translation>Opinie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/RatingSummary.qml" line="39"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n opinia</numerusform>
            <numerusform>%n opinie</numerusform>
            <numerusform>%n opinii</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="39"/>
        <source>No reviews yet</source>
        <translation>Brak opinii</translation>
    </message>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="54"/>
        <source>%1 stars: %2</source>
        <translation>Ocena %1: %2</translation>
    </message>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="88"/>
        <source>Newest</source>
        <translation>Najnowsze</translation>
    </message>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="89"/>
        <source>Highest rated</source>
        <translation>Najwyżej oceniane</translation>
    </message>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="90"/>
        <source>Lowest rated</source>
        <translation>Najniżej oceniane</translation>
    </message>
    <message>
        <location filename="../../qml/RatingSummary.qml" line="99"/>
        <source>Sort reviews: %1</source>
        <translation>Sortuj opinie: %1</translation>
    </message>
</context>
<context>
    <name>ReachBanner</name>
    <message>
        <location filename="../../qml/ReachBanner.qml" line="41"/>
        <source>Every control is in the lower part of the screen. Turn off “Reach” to use the whole screen.</source>
        <translation>Wszystkie przyciski są w dolnej części ekranu. Wyłącz „Przyciski niżej”, aby używać całego ekranu.</translation>
    </message>
</context>
<context>
    <name>RelatedStrip</name>
    <message>
        <location filename="../../qml/RelatedStrip.qml" line="17"/>
        <source>You may also like</source>
        <translation>Może Ci się spodobać</translation>
    </message>
</context>
<context>
    <name>ReviewDelegate</name>
    <message>
        <location filename="../../qml/ReviewDelegate.qml" line="18"/>
        <source>%1 out of 5 stars. %2. %3</source>
        <translation>%1 na 5 gwiazdek. %2. %3</translation>
    </message>
    <message>
        <location filename="../../qml/ReviewDelegate.qml" line="41"/>
        <source>%1 · %2 · verified buyer</source>
        <translation>%1 · %2 · zweryfikowany kupujący</translation>
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
        <translation>Opinie</translation>
    </message>
    <message>
        <location filename="../../qml/ReviewList.qml" line="40"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../../qml/ReviewList.qml" line="51"/>
        <source>Loading reviews…</source>
        <translation>Wczytywanie opinii…</translation>
    </message>
    <message>
        <location filename="../../qml/ReviewList.qml" line="52"/>
        <source>More reviews (%1 of %2 shown)</source>
        <translation>Więcej opinii (pokazano %1 z %2)</translation>
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
        <translation>Szukaj produktów, marek lub kategorii</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="30"/>
        <source>Search</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="44"/>
        <source>Categories</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="47"/>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="56"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="67"/>
        <source>Filters</source>
        <translation>Filtry</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="70"/>
        <source>In stock here</source>
        <translation>Dostępne w tym sklepie</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="75"/>
        <source>Online only</source>
        <translation>Tylko online</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="83"/>
        <source>Up to %1</source>
        <translation>Do %1</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="92"/>
        <source>%1★ and up</source>
        <translation>%1★ i więcej</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="93"/>
        <source>Rated %1 stars or more</source>
        <translation>Ocena co najmniej %1 gwiazdki</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="104"/>
        <source>Searching…</source>
        <translation>Wyszukiwanie…</translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="105"/>
        <source>No products match. Try fewer words or filters.</source>
        <translation>Brak pasujących produktów. Spróbuj użyć mniej słów lub filtrów.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/SearchScreen.qml" line="106"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produkt</numerusform>
            <numerusform>%n produkty</numerusform>
            <numerusform>%n produktów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/SearchScreen.qml" line="135"/>
        <source>Results</source>
        <translation>Wyniki</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="20"/>
        <source>Scan your staff badge</source>
        <translation>Zeskanuj identyfikator pracownika</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="27"/>
        <source>or enter your staff number and PIN</source>
        <translation>lub wpisz numer pracownika i PIN</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="38"/>
        <location filename="../../qml/SignInScreen.qml" line="40"/>
        <source>Staff number</source>
        <translation>Numer pracownika</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="48"/>
        <location filename="../../qml/SignInScreen.qml" line="51"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="59"/>
        <source>Sign in</source>
        <translation>Zaloguj się</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="73"/>
        <source>Signing in</source>
        <translation>Logowanie</translation>
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
<context>
    <name>StockPanel</name>
    <message>
        <location filename="../../qml/StockPanel.qml" line="19"/>
        <source>Stock</source>
        <translation>Dostępność</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="37"/>
        <source>Here at %1</source>
        <translation>Tutaj: %1</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="38"/>
        <source>In this store</source>
        <translation>W tym sklepie</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="47"/>
        <source>Not on the shelf here</source>
        <translation>Brak na półce w tym sklepie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/StockPanel.qml" line="48"/>
        <location filename="../../qml/StockPanel.qml" line="97"/>
        <source>%n in stock</source>
        <translation>
            <numerusform>%n sztuka dostępna</numerusform>
            <numerusform>%n sztuki dostępne</numerusform>
            <numerusform>%n sztuk dostępnych</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="55"/>
        <source>Aisle %1, bay %2</source>
        <translation>Alejka %1, regał %2</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="60"/>
        <source>Only a few left. Ask an associate if you cannot find it.</source>
        <translation>Zostało tylko kilka sztuk. Jeśli nie możesz znaleźć, zapytaj sprzedawcę.</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="65"/>
        <source>Online only: not sold in stores. We ship it to your home.</source>
        <translation>Tylko online: niedostępne w sklepach. Wyślemy do Twojego domu.</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="72"/>
        <source>Nearby stores</source>
        <translation>Pobliskie sklepy</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="97"/>
        <source>Out of stock</source>
        <translation>Brak</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="111"/>
        <source>Online</source>
        <translation>Sklep internetowy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/StockPanel.qml" line="121"/>
        <source>%n available</source>
        <translation>
            <numerusform>%n dostępna</numerusform>
            <numerusform>%n dostępne</numerusform>
            <numerusform>%n dostępnych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/StockPanel.qml" line="122"/>
        <source>ships in %n day(s)</source>
        <translation>
            <numerusform>wysyłka w ciągu %n dnia</numerusform>
            <numerusform>wysyłka w ciągu %n dni</numerusform>
            <numerusform>wysyłka w ciągu %n dni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="123"/>
        <source>Sold out online</source>
        <translation>Wyprzedane online</translation>
    </message>
    <message>
        <location filename="../../qml/StockPanel.qml" line="127"/>
        <source>Checking stock…</source>
        <translation>Sprawdzanie dostępności…</translation>
    </message>
</context>
<context>
    <name>SubstituteDialog</name>
    <message>
        <location filename="../../qml/SubstituteDialog.qml" line="31"/>
        <source>Substitute for %1</source>
        <translation>Zamiennik dla %1</translation>
    </message>
    <message>
        <location filename="../../qml/SubstituteDialog.qml" line="50"/>
        <source>The shopper agrees to this substitute</source>
        <translation>Klient zgadza się na ten zamiennik</translation>
    </message>
    <message>
        <location filename="../../qml/SubstituteDialog.qml" line="59"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../qml/SubstituteDialog.qml" line="66"/>
        <source>Substitute</source>
        <translation>Zamień</translation>
    </message>
    <message>
        <location filename="../../qml/SubstituteDialog.qml" line="71"/>
        <source>Record the substitute</source>
        <translation>Zapisz zamiennik</translation>
    </message>
</context>
<context>
    <name>TillScreen</name>
    <message>
        <location filename="../../qml/TillScreen.qml" line="34"/>
        <source>Tote QR for the till</source>
        <translation>Kod QR torby dla kasy</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="41"/>
        <source>Scan to till, item by item</source>
        <translation>Skanuj przy kasie produkt po produkcie</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="55"/>
        <source>QR code of the tote for the till</source>
        <translation>Kod QR torby dla kasy</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="64"/>
        <source>%1 · %2 · quantity %3</source>
        <translation>%1 · %2 · ilość %3</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="75"/>
        <source>Barcode %1</source>
        <translation>Kod kreskowy %1</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="88"/>
        <source>Previous</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="93"/>
        <source>Previous item</source>
        <translation>Poprzedni produkt</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="97"/>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="103"/>
        <source>Next item</source>
        <translation>Następny produkt</translation>
    </message>
    <message>
        <location filename="../../qml/TillScreen.qml" line="111"/>
        <source>Done, back to the queue</source>
        <translation>Gotowe, wróć do kolejki</translation>
    </message>
</context>
<context>
    <name>ToteBadge</name>
    <message>
        <location filename="../../qml/ToteBadge.qml" line="10"/>
        <source>Tote</source>
        <translation>Torba</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ToteBadge.qml" line="15"/>
        <source>Tote, %n item(s)</source>
        <translation>
            <numerusform>Torba, %n produkt</numerusform>
            <numerusform>Torba, %n produkty</numerusform>
            <numerusform>Torba, %n produktów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToteLineDelegate</name>
    <message>
        <location filename="../../qml/ToteLineDelegate.qml" line="44"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location filename="../../qml/ToteLineDelegate.qml" line="50"/>
        <source>Ship</source>
        <translation>Wysyłka</translation>
    </message>
    <message>
        <location filename="../../qml/ToteLineDelegate.qml" line="50"/>
        <source>Take now</source>
        <translation>Zabierz teraz</translation>
    </message>
    <message>
        <location filename="../../qml/ToteLineDelegate.qml" line="50"/>
        <source>Pick up</source>
        <translation>Odbiór w sklepie</translation>
    </message>
    <message>
        <location filename="../../qml/ToteLineDelegate.qml" line="63"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>ToteScreen</name>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="28"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ToteScreen.qml" line="35"/>
        <source>Your tote (%n item(s))</source>
        <translation>
            <numerusform>Twój koszyk (%n produkt)</numerusform>
            <numerusform>Twój koszyk (%n produkty)</numerusform>
            <numerusform>Twój koszyk (%n produktów)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="53"/>
        <source>Linked to your account %1: your tote goes to your online cart</source>
        <translation>Połączono z Twoim kontem %1: Twoja torba trafi do Twojego koszyka online</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="54"/>
        <source>Linking your account…</source>
        <translation>Łączenie Twojego konta…</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="75"/>
        <source>Your tote is empty. Scan a product to add it.</source>
        <translation>Twój koszyk jest pusty. Zeskanuj produkt, aby go dodać.</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="109"/>
        <source>Undo remove</source>
        <translation>Cofnij usunięcie</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="120"/>
        <source>Take now %1 · Pick up %2 · Ship %3 · Total %4</source>
        <translation>Teraz %1 · Odbiór %2 · Wysyłka %3 · Razem %4</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="125"/>
        <source>Finish at checkout</source>
        <translation>Zakończ przy kasie</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="95"/>
        <source>Email me my list</source>
        <translation>Wyślij mi listę e-mailem</translation>
    </message>
    <message>
        <location filename="../../qml/ToteScreen.qml" line="103"/>
        <source>Use my account</source>
        <translation>Użyj mojego konta</translation>
    </message>
</context>
<context>
    <name>VariantPicker</name>
    <message>
        <location filename="../../qml/VariantPicker.qml" line="22"/>
        <source>In stock here</source>
        <translation>Dostępne w tym sklepie</translation>
    </message>
    <message>
        <location filename="../../qml/VariantPicker.qml" line="23"/>
        <source>At a nearby store</source>
        <translation>W pobliskim sklepie</translation>
    </message>
    <message>
        <location filename="../../qml/VariantPicker.qml" line="24"/>
        <source>Online</source>
        <translation>Przez internet</translation>
    </message>
    <message>
        <location filename="../../qml/VariantPicker.qml" line="25"/>
        <source>Sold out</source>
        <translation>Wyprzedane</translation>
    </message>
    <message>
        <location filename="../../qml/VariantPicker.qml" line="60"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
</TS>
