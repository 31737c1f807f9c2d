<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AdminPage</name>
    <message>
        <source>Staff only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the kiosk PIN to close the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installer: {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppTableView</name>
    <message>
        <source>Search name, id, rule, profile or source  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the apps the policy flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App state filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only apps installed from this store or installer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every app of every user and profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln app(s)</source>
        <translation>
            <numerusform>%1 of %Ln app</numerusform>
            <numerusform>%1 of %Ln apps</numerusform>
        </translation>
    </message>
    <message>
        <source>User and system apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System apps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <source>Checking your phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list of apps on your phone: step %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing your apps with the company policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to your phone and reading the list of apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the phone plugged in and unlocked. Nothing on it is changed during the check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One phone at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two phones are plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplug the phone that is not yours. The check starts when only one phone is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the check on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone asks “Allow USB debugging?”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the phone and tap Allow. Leave “Always allow from this computer” unticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question on the phone? Unplug it and plug it in again. If you tapped Deny, do the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this computer on your iPhone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your iPhone asks “Trust This Computer?”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the iPhone, tap Trust, then enter your iPhone passcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question on the iPhone? Unplug it, unlock it and plug it in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your iPhone said “Don’t Trust”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The iPhone refused this computer, so it cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the iPhone, open Settings &gt; General &gt; Transfer or Reset iPhone &gt; Reset &gt; Reset Location &amp; Privacy. Then unplug it, plug it in again and tap Trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone is locked, so its apps cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock it with your passcode and keep it unlocked until the check is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone is held by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program on this kiosk is using the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplug the phone and plug it in again. If this happens again, ask the helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong while talking to the phone. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the cable, unlock the phone and tap Try again. Or unplug it and plug it in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone was unplugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone was unplugged before the check finished. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug it in again to start the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone answered. The check starts now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the phone plugged in and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android: open Settings &gt; About phone and tap Build number 7 times. Then open Settings &gt; System &gt; Developer options and turn on USB debugging. Plug the phone in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhone: unlock it and plug it in. It will ask whether to trust this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug in your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug your phone into the USB cable of this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>the IT helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before we look at your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the kiosk reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of apps installed on your phone, in every profile, personal ones included: their names, versions and where they came from. Also the phone’s model, serial number and system version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it never reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your messages, photos, contacts, accounts, passwords, browsing, location, or anything inside an app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is kept, and who sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The result, the phone’s model and serial number and the full list of its apps are kept for %n day(s).</source>
        <translation>
            <numerusform>The result, the phone’s model and serial number and the full list of its apps are kept for %n day.</numerusform>
            <numerusform>The result, the phone’s model and serial number and the full list of its apps are kept for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The result, the phone’s model and serial number and the names of the apps the policy flags are kept for %n day(s). The list of your other apps is not kept.</source>
        <translation>
            <numerusform>The result, the phone’s model and serial number and the names of the apps the policy flags are kept for %n day. The list of your other apps is not kept.</numerusform>
            <numerusform>The result, the phone’s model and serial number and the names of the apps the policy flags are kept for %n days. The list of your other apps is not kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sees them. The mail system learns only whether your phone may read work mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can my company see?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company can see: the phone’s model, serial number and system version; the date and result of each check; the full list of apps, in each profile; the apps removed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company can see: the phone’s model, serial number and system version; the date and result of each check; the names of the banned apps found and removed. It does not see the names of your other apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree, check my phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceHub</name>
    <message>
        <source>Judging against the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone was unplugged before the check finished. No result was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the other adb server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for iPhones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for Android phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug it in again; it will be checked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} and no result was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other adb server was stopped. Checking the phone again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If Android Studio or scrcpy is open, it may start its adb server again: close it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceListModel</name>
    <message>
        <source>{name}, {details}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device model and system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this phone again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the phone’s apps again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt (signed JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save signed receipt as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the signed receipt as it was issued: app-audit receipt verify and history verify --against accept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this result and its signed receipt to a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all flagged apps from this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every flagged app this phone lets App Audit remove, each from its profile, then check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove unplugged phone from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan progress text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the other adb server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the adb server that holds the phone (Android Studio, scrcpy, adb) to quit, then check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug a phone in with a data cable. It shows up on the left and is checked by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove all flagged (%n)</source>
        <translation>
            <numerusform>Remove all flagged (%n)</numerusform>
            <numerusform>Remove all flagged (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save signed receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Don&apos;t Trust&quot; was tapped on this iPhone, so it will not answer this computer. After the reset it asks &quot;Trust This Computer?&quot; again: tap Trust, then the check starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check starts by itself as soon as the phone answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln app(s) checked against {policy} version {version} on {when}.</source>
        <translation>
            <numerusform>%Ln app checked against {policy} version {version} on {when}.</numerusform>
            <numerusform>%Ln apps checked against {policy} version {version} on {when}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded as audit #{n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official check: receipt signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: no app on this phone breaks the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Findings (%Ln)</source>
        <translation>
            <numerusform>Findings (%Ln)</numerusform>
            <numerusform>Findings (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All apps (%Ln)</source>
        <translation>
            <numerusform>All apps (%Ln)</numerusform>
            <numerusform>All apps (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing {app} from {where}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing {app} from {where} ({n} of {total})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal sent. Checking the phone again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The phone is now: {verdict}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} was removed from {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} from {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n apps were removed: {apps}.</source>
        <translation>
            <numerusform>%n app was removed: {apps}.</numerusform>
            <numerusform>%n apps were removed: {apps}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing {app} from {where} did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The removal did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} could not be removed from {where}. On the phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} apps could not be removed ({others} too). {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} in {where}: what to do on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: remove these apps by {when} ({left}); after that, mail access is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy device details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy both (for a ticket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phone} is held by another adb server on this computer (started by Android Studio, scrcpy or `adb`).

Stop that adb server? Programs using it lose their connection to every phone until they start it again. The phone is checked again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the adb server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {app} from {where} on {phone}?

The app and its data on this profile are deleted. The phone is checked again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove these apps from {phone}?

{apps}

Each app and its data on that profile are deleted. The phone is checked again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove all (%n)</source>
        <translation>
            <numerusform>Remove all (%n)</numerusform>
            <numerusform>Remove all (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove all flagged apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the phone: tap “Allow”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the iPhone: tap “Trust”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the iPhone: Settings &gt; General &gt; Transfer or Reset iPhone &gt; Reset &gt; Reset Location &amp; Privacy, then plug it in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the phone: unlock it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone was unplugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial {serial}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceSession</name>
    <message>
        <source>Android phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected over TCP {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected by USB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Phones plugged into this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone yet. Plug a phone in with a data cable and unlock it; it appears here by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones on the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check phones as soon as they are plugged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every plugged-in phone again (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Phones: %Ln</source>
        <translation>
            <numerusform>Phones: %Ln</numerusform>
            <numerusform>Phones: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>need action: %Ln</source>
        <translation>
            <numerusform>need action: %Ln</numerusform>
            <numerusform>need action: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting for you: %Ln</source>
        <translation>
            <numerusform>waiting for you: %Ln</numerusform>
            <numerusform>waiting for you: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>All done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone meets the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone does not meet the policy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the receipt reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt: a receipt is given only to a phone that meets the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions? %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions? %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions? Ask the IT helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can unplug your iPhone now. To remove this kiosk from the trusted computers: Settings &gt; General &gt; Transfer or Reset iPhone &gt; Reset &gt; Reset Location &amp; Privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can unplug your phone now. Then turn USB debugging off: Settings &gt; System &gt; Developer options &gt; Revoke USB debugging authorisations, and switch USB debugging off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you leave, this kiosk forgets your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt was printed. Take it from the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be printed. Show this page to the helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail access: not requested. Remove the banned apps and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail access: blocked until the banned apps are removed and the phone checked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail access: restored. The mail system confirmed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail access: the request did not go through. Show this page to the helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail access: requested. Your phone should receive work mail again within a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>Another program holds the phone&apos;s USB connection (often an adb server): close it and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone was unplugged or the cable is loose. Plug it in again and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the phone with its passcode and keep it unlocked during the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug the phone in with a data cable and unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer may not open the USB device. On Linux install the udev rules (android-sdk-platform-tools-common) and replug; on Windows install the WinUSB driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone answered in an unexpected way. Restart the phone and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone is connected but too slow to answer. Keep it unlocked, close other apps on it, wait a minute and check again; restart the phone if it stays slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone stopped answering. Unplug it, plug it in again, unlock it and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Don&apos;t Trust&quot; was tapped. To ask again: on the iPhone open Settings &gt; General &gt; Transfer or Reset iPhone &gt; Reset &gt; Reset Location &amp; Privacy, then reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the phone and tap &quot;Allow&quot; on &quot;Allow USB debugging?&quot;. Tick &quot;Always allow from this computer&quot; to skip this next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the iPhone and tap &quot;Trust&quot; on &quot;Trust This Computer?&quot;, then enter the passcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the fleet settings (dsn, station_name, password) and that the server is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a fault in App Audit, not in the phone. Try again; if it happens again, send the log file to IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An app id looks like com.example.app: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the text printed by `pm list packages -f -U -i --show-versioncode`, or the JSON / plist of `ideviceinstaller` or `pymobiledevice3 apps list`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IT for the policy and its .sig file as issued; do not edit a signed policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the database file is writable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <source>Remove from this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone refused to remove it: see the steps (IT may have to act).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}: {app} in {where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetLink</name>
    <message>
        <source>Policy {id} version {version} from the fleet is now in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy published for the fleet was not applied: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IT: it must be signed by a trusted key and newer than the policy in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet database cannot be reached ({error}); results wait on this station. Next try in {seconds:.0f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to the fleet database; rows waiting to be sent: %Ln.</source>
        <translation>
            <numerusform>Connected to the fleet database; rows waiting to be sent: %Ln.</numerusform>
            <numerusform>Connected to the fleet database; rows waiting to be sent: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>The fleet link failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetModels</name>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetPage</name>
    <message>
        <source>Connecting to the fleet database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet counts by verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices that still need action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations that are behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln compliant</source>
        <translation>
            <numerusform>%Ln compliant</numerusform>
            <numerusform>%Ln compliant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action required</source>
        <translation>
            <numerusform>%Ln action required</numerusform>
            <numerusform>%Ln action required</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not compliant</source>
        <translation>
            <numerusform>%Ln not compliant</numerusform>
            <numerusform>%Ln not compliant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln inconclusive</source>
        <translation>
            <numerusform>%Ln inconclusive</numerusform>
            <numerusform>%Ln inconclusive</numerusform>
        </translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device reported yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial / UDID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Name, model, serial or UDID (part of it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only audits of devices whose name, model, serial or UDID contains this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt (signed JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save signed receipt as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected audit’s signed receipt as it was issued (compliant official checks have one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save selected audit as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <comment>a date range: From ... to ...</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>a date range: From ... to ...</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audits: %Ln</source>
        <translation>
            <numerusform>Audits: %Ln</numerusform>
            <numerusform>Audits: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading an audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history as {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format} files (*.{extension})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit(s) exported to {path}</source>
        <translation>
            <numerusform>%Ln audit exported to {path}</numerusform>
            <numerusform>%Ln audits exported to {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Save audit as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit #{n} saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save signed receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifyPage</name>
    <message>
        <source>This is not a work email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an employee number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it like this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message that restores your mail access is sent for this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your employee number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message that restores your mail access names this employee number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>App Audit · phone check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s). Touch the screen to continue.</source>
        <translation>
            <numerusform>Starting over in %n second. Touch the screen to continue.</numerusform>
            <numerusform>Starting over in %n seconds. Touch the screen to continue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kiosk PIN is set. IT sets one with: app-audit kiosk set-pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWords</name>
    <message>
        <source>%1 — in your personal profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — in the profile “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — in the work profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailAccess</name>
    <message>
        <source>No trusted policy key is configured: every check is informational (no receipt, no mail-access message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run: app-audit policy trust ISSUER.pub (the public key IT signs policies with).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail access: not requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore mail access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tell the mail system: not compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informational check only, no receipt and no mail-access message: {because}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail access: not requested (an informational check never asks for it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail access: the mail system confirmed it knows the phone is not compliant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the apps come from a saved listing, not from the phone itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of the phone could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy has no signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy is not signed by a trusted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trusted policy key is configured on this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy was changed after it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy was retracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a newer version of the policy was accepted on this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail access: restore confirmed by the mail system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail access: requested at {time} ({what}), waiting for the mail system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail system is configured on this station (see docs/deploying.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail access: FAILED ({error}). Fix the mail-access webhook settings, then run app-audit outbox retry {message_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt {n} failed ({error}); trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Check &amp;all phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;receipt as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About App Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written yet (still starting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Audit {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the apps on phones against the company&apos;s signed policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file (send it to IT when something goes wrong):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About App Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Phones being checked again: %Ln</source>
        <translation>
            <numerusform>Phones being checked again: %Ln</numerusform>
            <numerusform>Phones being checked again: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>No phone can be checked right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Reading the app list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the flagged apps stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the phone again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing {app} stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutOfServicePage</name>
    <message>
        <source>This kiosk is out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones cannot be checked here right now. Please go to the IT helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For IT:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message numerus="yes">
        <source>The new policy withdrew rules: %Ln device(s) restored without their phone.</source>
        <translation>
            <numerusform>The new policy withdrew rules: %Ln device restored without their phone.</numerusform>
            <numerusform>The new policy withdrew rules: %Ln devices restored without their phone.</numerusform>
        </translation>
    </message>
    <message>
        <source>The retraction takes effect at {at}; the devices it blocked are restored then, while this window is open (or when a station next loads this policy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy was not accepted on this station; its checks are informational</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>{field}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load another policy file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy problems title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong in the policy file that was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies (*.yaml *.yml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{version} (replaces {previous})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {signer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RETRACTED: nothing is blocked ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy {policy} {version} loaded; checking phones again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was not loaded; the current policy stays in force:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (check the spelling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a policy is a mapping of fields (schema, id, rules, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Try again. If it happens again, send the log file to IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that App Audit did not expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again. If it happens again, send the log file to IT: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{context}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptJson</name>
    <message>
        <source>Saving the signed receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed receipt saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPdf</name>
    <message numerus="yes">
        <source>%Ln app(s) checked</source>
        <translation>
            <numerusform>%Ln app checked</numerusform>
            <numerusform>%Ln apps checked</numerusform>
        </translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Audit result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: no app breaks the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by {signer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked {when} (not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: {name} ({model}, OS {version}) · serial {serial}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: {policy} version {version} · {signature}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entry {n} ({hash})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app}, {where}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt (JSON, for verification)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n app(s) from your phone?</source>
        <translation>
            <numerusform>Remove %n app from your phone?</numerusform>
            <numerusform>Remove %n apps from your phone?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their data on the phone is deleted too. Nothing else is touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing apps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1. Keep the phone plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some apps are still on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone refused to remove these apps. Here is what to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone still has apps the policy bans. Remove them yourself:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalPanel</name>
    <message>
        <source>Removal progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the phone again after the steps were done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalSteps</name>
    <message>
        <source>The phone’s management (device owner or work profile admin) protects this app. Ask IT to remove it from the management console, or remove the work profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is not allowed to remove apps. Ask IT to lift the restriction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The iPhone’s management profile forbids removing this app. Ask IT to remove it from the MDM console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings &gt; Apps, find %1, tap Uninstall. Repeat in every profile (Personal and Work tabs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch and hold the %1 icon, tap Remove App, then Delete App.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone refused the removal (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When IT has removed it or lifted the restriction, press &quot;Check again&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install %1 from the company app store, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is offloaded (cloud icon): its data is still on the phone, so it must be deleted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is in profile %1 (usually the work profile): open the Work tab to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When done, press &quot;Check again&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Result of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove them before %1, or your phone loses work mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline was %1: your phone no longer receives work mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock “%1” on the phone (open it once and enter its code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check that cannot read every profile cannot pass. Then tap Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n app(s)</source>
        <translation>
            <numerusform>Remove %n app</numerusform>
            <numerusform>Remove %n apps</numerusform>
        </translation>
    </message>
    <message>
        <source>Your phone meets the policy. Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action needed: your phone has apps the policy bans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compliant: apps the policy bans block your work mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished: part of your phone could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhone bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>App Audit cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Audit could not finish starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail-access messages stay queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configured policy was refused; using the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for phones is not possible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketText</name>
    <message>
        <source>No check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: no app on this phone breaks the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDID: {udid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial: {serial}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System: {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: {connection}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: {policy} {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps checked: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit: #{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · rule: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Findings (%Ln):</source>
        <translation>
            <numerusform>Findings (%Ln):</numerusform>
            <numerusform>Findings (%Ln):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitStory</name>
    <message>
        <source> from user {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app breaks the policy now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: no app breaks the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app}: NOT removed on {when} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by a trusted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To verify: save it with “Save receipt (signed JSON)…” and run `app-audit receipt verify FILE --key STATION.pub` (the station&apos;s key: `app-audit receipt key`). `app-audit history verify --against FOLDER` checks the station&apos;s history against the receipts in FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app}: removed on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial {serial}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit #{n}, recorded {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: {device} · {serial}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: {policy} version {version} · {signature}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain hash: {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by {signer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt signed by this station&apos;s key {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Audit receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Audit record #{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail access: unchanged by this check (the mail system was last told by audit #{n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked for {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln app(s) checked</source>
        <translation>
            <numerusform>%Ln app checked</numerusform>
            <numerusform>%Ln apps checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln finding</numerusform>
            <numerusform>%Ln findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Check your phone for work mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone may read company mail only without the apps the company policy bans. This kiosk checks your phone and helps you remove them. It takes a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: plug in your phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliant: no banned app on this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action required: banned apps must be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compliant: banned apps are blocking mail access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive: part of the phone could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove before the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required app missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule retracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstalled (data kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Galaxy Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon Appstore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppGallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sideloaded (package installer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TestFlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal (user 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforced now (no deadline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users, profiles and their apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apps of new profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versions and states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the iPhone for its apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preinstalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app list came back incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of the phone could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fully checked: {what}, then Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work / other profile (user {user})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforced from {when} (in {span}); until then banned apps must be removed but do not block mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{profile} (user {user})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} d {hours} h left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforced since {when}: banned apps block mail access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone is slow: still working ({seconds} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock the profile “{profile}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile “{profile}” could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln app(s)</source>
        <translation>
            <numerusform>Read %Ln app</numerusform>
            <numerusform>Read %Ln apps</numerusform>
        </translation>
    </message>
</context>
</TS>
