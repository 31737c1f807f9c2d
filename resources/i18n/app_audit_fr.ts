<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>AdminPage</name>
    <message>
        <source>Staff only</source>
        <translation>Réservé au personnel</translation>
    </message>
    <message>
        <source>Enter the kiosk PIN to close the kiosk.</source>
        <translation>Saisissez le code PIN de la borne pour la fermer.</translation>
    </message>
    <message>
        <source>Kiosk PIN</source>
        <translation>Code PIN de la borne</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Fermer la borne</translation>
    </message>
</context>
<context>
    <name>AppTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>App id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisée</translation>
    </message>
    <message>
        <source>Installer: {id}</source>
        <translation>Installée par&#xa0;: {id}</translation>
    </message>
</context>
<context>
    <name>AppTableView</name>
    <message>
        <source>Search name, id, rule, profile or source  (Ctrl+F)</source>
        <translation>Chercher un nom, un identifiant, une règle, un profil ou une provenance  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search apps</source>
        <translation>Chercher une appli</translation>
    </message>
    <message>
        <source>Flagged only</source>
        <translation>Signalées seulement</translation>
    </message>
    <message>
        <source>Show only the apps the policy flags</source>
        <translation>N’afficher que les applis signalées par la règle</translation>
    </message>
    <message>
        <source>App kind filter</source>
        <translation>Filtre par type d’appli</translation>
    </message>
    <message>
        <source>Profile filter</source>
        <translation>Filtre par profil</translation>
    </message>
    <message>
        <source>App state filter</source>
        <translation>Filtre par état</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtre par provenance</translation>
    </message>
    <message>
        <source>Only apps installed from this store or installer</source>
        <translation>Seulement les applis installées depuis ce magasin ou ce programme d’installation</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Toutes les provenances</translation>
    </message>
    <message>
        <source>Apps shown</source>
        <translation>Applis affichées</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Applis</translation>
    </message>
    <message>
        <source>Every app of every user and profile</source>
        <translation>Toutes les applis de tous les utilisateurs et profils</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Tous les profils</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln app(s)</source>
        <translation>
            <numerusform>%1 sur %Ln appli</numerusform>
            <numerusform>%1 sur %Ln applis</numerusform>
        </translation>
    </message>
    <message>
        <source>User and system apps</source>
        <translation>Applis utilisateur et système</translation>
    </message>
    <message>
        <source>User apps</source>
        <translation>Applis utilisateur</translation>
    </message>
    <message>
        <source>System apps</source>
        <translation>Applis système</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <source>Checking your phone…</source>
        <translation>Vérification de votre téléphone…</translation>
    </message>
    <message>
        <source>Reading the list of apps on your phone: step %1 of %2.</source>
        <translation>Lecture de la liste des applis de votre téléphone&#xa0;: étape %1 sur %2.</translation>
    </message>
    <message>
        <source>Comparing your apps with the company policy.</source>
        <translation>Comparaison de vos applis avec la règle de l’entreprise.</translation>
    </message>
    <message>
        <source>Connecting to your phone and reading the list of apps.</source>
        <translation>Connexion à votre téléphone et lecture de la liste des applis.</translation>
    </message>
    <message>
        <source>Keep the phone plugged in and unlocked. Nothing on it is changed during the check.</source>
        <translation>Gardez le téléphone branché et déverrouillé. Rien n’y est modifié pendant la vérification.</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>One phone at a time</source>
        <translation>Un seul téléphone à la fois</translation>
    </message>
    <message>
        <source>Two phones are plugged in.</source>
        <translation>Deux téléphones sont branchés.</translation>
    </message>
    <message>
        <source>Unplug the phone that is not yours. The check starts when only one phone is left.</source>
        <translation>Débranchez le téléphone qui n’est pas le vôtre. La vérification commence dès qu’il n’en reste qu’un.</translation>
    </message>
    <message>
        <source>Allow the check on your phone</source>
        <translation>Autorisez la vérification sur votre téléphone</translation>
    </message>
    <message>
        <source>Your phone asks “Allow USB debugging?”.</source>
        <translation>Votre téléphone demande «&#xa0;Autoriser le débogage USB&#xa0;?&#xa0;».</translation>
    </message>
    <message>
        <source>Unlock the phone and tap Allow. Leave “Always allow from this computer” unticked.</source>
        <translation>Déverrouillez le téléphone et touchez Autoriser. Laissez «&#xa0;Toujours autoriser depuis cet ordinateur&#xa0;» décoché.</translation>
    </message>
    <message>
        <source>No question on the phone? Unplug it and plug it in again. If you tapped Deny, do the same.</source>
        <translation>Aucune question sur le téléphone&#xa0;? Débranchez-le puis rebranchez-le. Faites de même si vous avez touché Refuser.</translation>
    </message>
    <message>
        <source>Trust this computer on your iPhone</source>
        <translation>Faites confiance à cet ordinateur sur votre iPhone</translation>
    </message>
    <message>
        <source>Your iPhone asks “Trust This Computer?”.</source>
        <translation>Votre iPhone demande «&#xa0;Faire confiance à cet ordinateur&#xa0;?&#xa0;».</translation>
    </message>
    <message>
        <source>Unlock the iPhone, tap Trust, then enter your iPhone passcode.</source>
        <translation>Déverrouillez l’iPhone, touchez Se fier, puis saisissez le code de votre iPhone.</translation>
    </message>
    <message>
        <source>No question on the iPhone? Unplug it, unlock it and plug it in again.</source>
        <translation>Aucune question sur l’iPhone&#xa0;? Débranchez-le, déverrouillez-le et rebranchez-le.</translation>
    </message>
    <message>
        <source>Your iPhone said “Don’t Trust”</source>
        <translation>Votre iPhone a répondu «&#xa0;Ne pas se fier&#xa0;»</translation>
    </message>
    <message>
        <source>The iPhone refused this computer, so it cannot be checked.</source>
        <translation>L’iPhone a refusé cet ordinateur&#xa0;: il ne peut donc pas être vérifié.</translation>
    </message>
    <message>
        <source>On the iPhone, open Settings &gt; General &gt; Transfer or Reset iPhone &gt; Reset &gt; Reset Location &amp; Privacy. Then unplug it, plug it in again and tap Trust.</source>
        <translation>Sur l’iPhone, ouvrez Réglages &gt; Général &gt; Transférer ou réinitialiser l’iPhone &gt; Réinitialiser &gt; Réinitialiser localisation et confidentialité. Puis débranchez-le, rebranchez-le et touchez Se fier.</translation>
    </message>
    <message>
        <source>Unlock your phone</source>
        <translation>Déverrouillez votre téléphone</translation>
    </message>
    <message>
        <source>Your phone is locked, so its apps cannot be read.</source>
        <translation>Votre téléphone est verrouillé&#xa0;: ses applis ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>Unlock it with your passcode and keep it unlocked until the check is over.</source>
        <translation>Déverrouillez-le avec votre code et laissez-le déverrouillé jusqu’à la fin de la vérification.</translation>
    </message>
    <message>
        <source>The phone is held by another program</source>
        <translation>Le téléphone est occupé par un autre programme</translation>
    </message>
    <message>
        <source>Another program on this kiosk is using the phone.</source>
        <translation>Un autre programme de cette borne utilise le téléphone.</translation>
    </message>
    <message>
        <source>Unplug the phone and plug it in again. If this happens again, ask the helpdesk.</source>
        <translation>Débranchez le téléphone puis rebranchez-le. Si cela se reproduit, adressez-vous au support informatique.</translation>
    </message>
    <message>
        <source>The phone did not answer</source>
        <translation>Le téléphone n’a pas répondu</translation>
    </message>
    <message>
        <source>Something went wrong while talking to the phone. Nothing was recorded.</source>
        <translation>Un problème est survenu pendant l’échange avec le téléphone. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Check the cable, unlock the phone and tap Try again. Or unplug it and plug it in again.</source>
        <translation>Vérifiez le câble, déverrouillez le téléphone et touchez Réessayer. Ou bien débranchez-le puis rebranchez-le.</translation>
    </message>
    <message>
        <source>The phone was unplugged</source>
        <translation>Le téléphone a été débranché</translation>
    </message>
    <message>
        <source>The phone was unplugged before the check finished. Nothing was recorded.</source>
        <translation>Le téléphone a été débranché avant la fin de la vérification. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Plug it in again to start the check again.</source>
        <translation>Rebranchez-le pour relancer la vérification.</translation>
    </message>
    <message>
        <source>Phone found</source>
        <translation>Téléphone détecté</translation>
    </message>
    <message>
        <source>Your phone answered. The check starts now.</source>
        <translation>Votre téléphone a répondu. La vérification commence.</translation>
    </message>
    <message>
        <source>Keep the phone plugged in and unlocked.</source>
        <translation>Gardez le téléphone branché et déverrouillé.</translation>
    </message>
    <message>
        <source>Android: open Settings &gt; About phone and tap Build number 7 times. Then open Settings &gt; System &gt; Developer options and turn on USB debugging. Plug the phone in.</source>
        <translation>Android&#xa0;: ouvrez Paramètres &gt; À propos du téléphone et touchez 7 fois Numéro de build. Ouvrez ensuite Paramètres &gt; Système &gt; Options pour les développeurs et activez Débogage USB. Branchez le téléphone.</translation>
    </message>
    <message>
        <source>iPhone: unlock it and plug it in. It will ask whether to trust this computer.</source>
        <translation>iPhone&#xa0;: déverrouillez-le et branchez-le. Il vous demandera s’il faut faire confiance à cet ordinateur.</translation>
    </message>
    <message>
        <source>Plug in your phone</source>
        <translation>Branchez votre téléphone</translation>
    </message>
    <message>
        <source>Plug your phone into the USB cable of this kiosk.</source>
        <translation>Branchez votre téléphone sur le câble USB de cette borne.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>the IT helpdesk</source>
        <translation>le support informatique</translation>
    </message>
    <message>
        <source>Before we look at your phone</source>
        <translation>Avant de regarder votre téléphone</translation>
    </message>
    <message>
        <source>What the kiosk reads</source>
        <translation>Ce que la borne lit</translation>
    </message>
    <message>
        <source>The list of apps installed on your phone, in every profile, personal ones included: their names, versions and where they came from. Also the phone’s model, serial number and system version.</source>
        <translation>La liste des applis installées sur votre téléphone, dans tous les profils, y compris personnels&#xa0;: leur nom, leur version et leur provenance. Ainsi que le modèle du téléphone, son numéro de série et sa version du système.</translation>
    </message>
    <message>
        <source>What it never reads</source>
        <translation>Ce qu’elle ne lit jamais</translation>
    </message>
    <message>
        <source>Your messages, photos, contacts, accounts, passwords, browsing, location, or anything inside an app.</source>
        <translation>Vos messages, photos, contacts, comptes, mots de passe, historique de navigation, position, ni rien de ce que contient une appli.</translation>
    </message>
    <message>
        <source>What is kept, and who sees it</source>
        <translation>Ce qui est conservé, et qui le voit</translation>
    </message>
    <message numerus="yes">
        <source>The result, the phone’s model and serial number and the full list of its apps are kept for %n day(s).</source>
        <translation>
            <numerusform>Le résultat, le modèle et le numéro de série du téléphone et la liste complète de ses applis sont conservés %n jour.</numerusform>
            <numerusform>Le résultat, le modèle et le numéro de série du téléphone et la liste complète de ses applis sont conservés %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The result, the phone’s model and serial number and the names of the apps the policy flags are kept for %n day(s). The list of your other apps is not kept.</source>
        <translation>
            <numerusform>Le résultat, le modèle et le numéro de série du téléphone et le nom des applis signalées par la règle sont conservés %n jour. La liste de vos autres applis n’est pas conservée.</numerusform>
            <numerusform>Le résultat, le modèle et le numéro de série du téléphone et le nom des applis signalées par la règle sont conservés %n jours. La liste de vos autres applis n’est pas conservée.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sees them. The mail system learns only whether your phone may read work mail.</source>
        <translation>%1 y a accès. La messagerie apprend seulement si votre téléphone peut lire le courrier professionnel.</translation>
    </message>
    <message>
        <source>What can my company see?</source>
        <translation>Que peut voir mon entreprise&#xa0;?</translation>
    </message>
    <message>
        <source>Your company can see: the phone’s model, serial number and system version; the date and result of each check; the full list of apps, in each profile; the apps removed here.</source>
        <translation>Votre entreprise peut voir&#xa0;: le modèle du téléphone, son numéro de série et sa version du système&#xa0;; la date et le résultat de chaque vérification&#xa0;; la liste complète des applis, profil par profil&#xa0;; les applis supprimées ici.</translation>
    </message>
    <message>
        <source>Your company can see: the phone’s model, serial number and system version; the date and result of each check; the names of the banned apps found and removed. It does not see the names of your other apps.</source>
        <translation>Votre entreprise peut voir&#xa0;: le modèle du téléphone, son numéro de série et sa version du système&#xa0;; la date et le résultat de chaque vérification&#xa0;; le nom des applis interdites trouvées et supprimées. Elle ne voit pas le nom de vos autres applis.</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>Non merci</translation>
    </message>
    <message>
        <source>I agree, check my phone</source>
        <translation>J’accepte, vérifier mon téléphone</translation>
    </message>
</context>
<context>
    <name>DeviceHub</name>
    <message>
        <source>Judging against the policy</source>
        <translation>Comparaison avec la règle</translation>
    </message>
    <message>
        <source>The result could not be saved</source>
        <translation>Le résultat n’a pas pu être enregistré</translation>
    </message>
    <message>
        <source>The phone was unplugged before the check finished. No result was recorded.</source>
        <translation>Le téléphone a été débranché avant la fin de la vérification. Aucun résultat n’a été enregistré.</translation>
    </message>
    <message>
        <source>Stopping the other adb server</source>
        <translation>Arrêt de l’autre serveur adb</translation>
    </message>
    <message>
        <source>Looking for iPhones</source>
        <translation>Recherche des iPhone</translation>
    </message>
    <message>
        <source>Looking for Android phones</source>
        <translation>Recherche des téléphones Android</translation>
    </message>
    <message>
        <source>Plug it in again; it will be checked again.</source>
        <translation>Rebranchez-le&#xa0;; il sera vérifié de nouveau.</translation>
    </message>
    <message>
        <source>{what} and no result was recorded</source>
        <translation>{what}, et aucun résultat n’a été enregistré</translation>
    </message>
    <message>
        <source>The other adb server was stopped. Checking the phone again.</source>
        <translation>L’autre serveur adb a été arrêté. Nouvelle vérification du téléphone.</translation>
    </message>
    <message>
        <source>If Android Studio or scrcpy is open, it may start its adb server again: close it first.</source>
        <translation>Si Android Studio ou scrcpy est ouvert, il peut relancer son serveur adb&#xa0;: fermez-le d’abord.</translation>
    </message>
</context>
<context>
    <name>DeviceListModel</name>
    <message>
        <source>{name}, {details}: {state}</source>
        <translation>{name}, {details}&#xa0;: {state}</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nom de l’appareil</translation>
    </message>
    <message>
        <source>Device model and system</source>
        <translation>Modèle et système de l’appareil</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier de nouveau</translation>
    </message>
    <message>
        <source>Check this phone again</source>
        <translation>Vérifier de nouveau ce téléphone</translation>
    </message>
    <message>
        <source>Read the phone’s apps again (F5)</source>
        <translation>Relire les applis du téléphone (F5)</translation>
    </message>
    <message>
        <source>Save receipt (signed JSON)…</source>
        <translation>Reçu signé (JSON)…</translation>
    </message>
    <message>
        <source>Save signed receipt as JSON</source>
        <translation>Enregistrer le reçu signé en JSON</translation>
    </message>
    <message>
        <source>Write the signed receipt as it was issued: app-audit receipt verify and history verify --against accept it</source>
        <translation>Enregistrer le reçu signé tel qu’il a été émis&#xa0;: app-audit receipt verify et history verify --against l’acceptent</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Reçu en PDF…</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Enregistrer le reçu en PDF</translation>
    </message>
    <message>
        <source>Write this result and its signed receipt to a PDF file</source>
        <translation>Enregistrer ce résultat et son reçu signé dans un fichier PDF</translation>
    </message>
    <message>
        <source>Remove all flagged apps from this phone</source>
        <translation>Supprimer toutes les applis signalées de ce téléphone</translation>
    </message>
    <message>
        <source>Remove every flagged app this phone lets App Audit remove, each from its profile, then check again</source>
        <translation>Supprimer chaque appli signalée que ce téléphone laisse App Audit supprimer, chacune de son profil, puis vérifier de nouveau</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>Remove unplugged phone from list</source>
        <translation>Retirer le téléphone débranché de la liste</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>Scan progress text</source>
        <translation>Étape de la vérification</translation>
    </message>
    <message>
        <source>What to do on the phone</source>
        <translation>Ce qu’il faut faire sur le téléphone</translation>
    </message>
    <message>
        <source>Stop the other adb server</source>
        <translation>Arrêter l’autre serveur adb</translation>
    </message>
    <message>
        <source>Ask the adb server that holds the phone (Android Studio, scrcpy, adb) to quit, then check again</source>
        <translation>Demander au serveur adb qui occupe le téléphone (Android Studio, scrcpy, adb) de s’arrêter, puis vérifier de nouveau</translation>
    </message>
    <message>
        <source>Mail access</source>
        <translation>Accès à la messagerie</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Device details</source>
        <translation>Détails de l’appareil</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Plug a phone in with a data cable. It shows up on the left and is checked by itself.</source>
        <translation>Branchez un téléphone avec un câble de données. Il apparaît à gauche et il est vérifié automatiquement.</translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation>Aucun appareil sélectionné</translation>
    </message>
    <message numerus="yes">
        <source>Remove all flagged (%n)</source>
        <translation>
            <numerusform>Supprimer l’appli signalée (%n)</numerusform>
            <numerusform>Supprimer les applis signalées (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the receipt</source>
        <translation>Enregistrement du reçu</translation>
    </message>
    <message>
        <source>Receipt saved to {path}</source>
        <translation>Reçu enregistré dans {path}</translation>
    </message>
    <message>
        <source>Save signed receipt</source>
        <translation>Enregistrer le reçu signé</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>{state}: {what}</source>
        <translation>{state}&#xa0;: {what}</translation>
    </message>
    <message>
        <source>&quot;Don&apos;t Trust&quot; was tapped on this iPhone, so it will not answer this computer. After the reset it asks &quot;Trust This Computer?&quot; again: tap Trust, then the check starts.</source>
        <translation>«&#xa0;Ne pas se fier&#xa0;» a été touché sur cet iPhone&#xa0;: il ne répondra pas à cet ordinateur. Après la réinitialisation, il demande de nouveau «&#xa0;Faire confiance à cet ordinateur&#xa0;?&#xa0;»&#xa0;: touchez Se fier, et la vérification commence.</translation>
    </message>
    <message>
        <source>Something needs attention</source>
        <translation>Un point demande votre attention</translation>
    </message>
    <message>
        <source>The check starts by itself as soon as the phone answers.</source>
        <translation>La vérification démarre d’elle-même dès que le téléphone répond.</translation>
    </message>
    <message>
        <source>No check yet.</source>
        <translation>Pas encore de vérification.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Toutes les applis</translation>
    </message>
    <message numerus="yes">
        <source>%Ln app(s) checked against {policy} version {version} on {when}.</source>
        <translation>
            <numerusform>%Ln appli vérifiée selon {policy} version {version} le {when}.</numerusform>
            <numerusform>%Ln applis vérifiées selon {policy} version {version} le {when}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded as audit #{n}.</source>
        <translation>Enregistrée comme vérification n°&#xa0;{n}.</translation>
    </message>
    <message>
        <source>Official check: receipt signed.</source>
        <translation>Vérification officielle&#xa0;: reçu signé.</translation>
    </message>
    <message>
        <source>Nothing to do: no app on this phone breaks the policy.</source>
        <translation>Rien à faire&#xa0;: aucune appli de ce téléphone n’enfreint la règle.</translation>
    </message>
    <message numerus="yes">
        <source>Findings (%Ln)</source>
        <translation>
            <numerusform>Constats (%Ln)</numerusform>
            <numerusform>Constats (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All apps (%Ln)</source>
        <translation>
            <numerusform>Toutes les applis (%Ln)</numerusform>
            <numerusform>Toutes les applis (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing {app} from {where}…</source>
        <translation>Suppression de {app} de {where}…</translation>
    </message>
    <message>
        <source>Removing {app} from {where} ({n} of {total})…</source>
        <translation>Suppression de {app} de {where} ({n} sur {total})…</translation>
    </message>
    <message>
        <source>Removal sent. Checking the phone again…</source>
        <translation>Suppression envoyée. Nouvelle vérification du téléphone…</translation>
    </message>
    <message>
        <source> The phone is now: {verdict}.</source>
        <translation> Le téléphone est maintenant&#xa0;: {verdict}.</translation>
    </message>
    <message>
        <source>{app} was removed from {where}.</source>
        <translation>{app} a été supprimée de {where}.</translation>
    </message>
    <message>
        <source>{app} from {where}</source>
        <translation>{app} de {where}</translation>
    </message>
    <message numerus="yes">
        <source>%n apps were removed: {apps}.</source>
        <translation>
            <numerusform>%n appli a été supprimée&#xa0;: {apps}.</numerusform>
            <numerusform>%n applis ont été supprimées&#xa0;: {apps}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing {app} from {where} did not finish.</source>
        <translation>La suppression de {app} de {where} n’est pas allée jusqu’au bout.</translation>
    </message>
    <message>
        <source>The removal did not finish.</source>
        <translation>La suppression n’est pas allée jusqu’au bout.</translation>
    </message>
    <message>
        <source>{app} could not be removed from {where}. On the phone:</source>
        <translation>{app} n’a pas pu être supprimée de {where}. Sur le téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>{n} apps could not be removed ({others} too). {first}</source>
        <translation>{n} applis n’ont pas pu être supprimées ({others} aussi). {first}</translation>
    </message>
    <message>
        <source>{app} in {where}: what to do on the phone</source>
        <translation>{app} dans {where}&#xa0;: ce qu’il faut faire sur le téléphone</translation>
    </message>
    <message>
        <source>Deadline: remove these apps by {when} ({left}); after that, mail access is blocked.</source>
        <translation>Date limite&#xa0;: supprimez ces applis avant le {when} ({left})&#xa0;; passé ce délai, l’accès à la messagerie est bloqué.</translation>
    </message>
    <message>
        <source>Copy device details</source>
        <translation>Copier les détails de l’appareil</translation>
    </message>
    <message>
        <source>Copy findings</source>
        <translation>Copier les constats</translation>
    </message>
    <message>
        <source>Copy both (for a ticket)</source>
        <translation>Copier les deux (pour un ticket)</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>{phone} is held by another adb server on this computer (started by Android Studio, scrcpy or `adb`).

Stop that adb server? Programs using it lose their connection to every phone until they start it again. The phone is checked again afterwards.</source>
        <translation>{phone} est occupé par un autre serveur adb sur cet ordinateur (lancé par Android Studio, scrcpy ou `adb`).

Arrêter ce serveur adb&#xa0;? Les programmes qui l’utilisent perdent la connexion à tous les téléphones jusqu’à ce qu’ils le relancent. Le téléphone est ensuite vérifié de nouveau.</translation>
    </message>
    <message>
        <source>Stop the adb server</source>
        <translation>Arrêter le serveur adb</translation>
    </message>
    <message>
        <source>Remove {app} from {where} on {phone}?

The app and its data on this profile are deleted. The phone is checked again afterwards.</source>
        <translation>Supprimer {app} de {where} sur {phone}&#xa0;?

L’appli et ses données dans ce profil sont supprimées. Le téléphone est ensuite vérifié de nouveau.</translation>
    </message>
    <message>
        <source>Remove {app}</source>
        <translation>Supprimer {app}</translation>
    </message>
    <message>
        <source>Remove app</source>
        <translation>Supprimer l’appli</translation>
    </message>
    <message>
        <source>Remove these apps from {phone}?

{apps}

Each app and its data on that profile are deleted. The phone is checked again afterwards.</source>
        <translation>Supprimer ces applis de {phone}&#xa0;?

{apps}

Chaque appli et ses données dans ce profil sont supprimées. Le téléphone est ensuite vérifié de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Remove all (%n)</source>
        <translation>
            <numerusform>Tout supprimer (%n)</numerusform>
            <numerusform>Tout supprimer (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove all flagged apps</source>
        <translation>Supprimer toutes les applis signalées</translation>
    </message>
    <message>
        <source>On the phone: tap “Allow”</source>
        <translation>Sur le téléphone&#xa0;: touchez «&#xa0;Autoriser&#xa0;»</translation>
    </message>
    <message>
        <source>On the iPhone: tap “Trust”</source>
        <translation>Sur l’iPhone&#xa0;: touchez «&#xa0;Se fier&#xa0;»</translation>
    </message>
    <message>
        <source>On the iPhone: Settings &gt; General &gt; Transfer or Reset iPhone &gt; Reset &gt; Reset Location &amp; Privacy, then plug it in again</source>
        <translation>Sur l’iPhone&#xa0;: Réglages &gt; Général &gt; Transférer ou réinitialiser l’iPhone &gt; Réinitialiser &gt; Réinitialiser localisation et confidentialité, puis rebranchez-le</translation>
    </message>
    <message>
        <source>On the phone: unlock it</source>
        <translation>Sur le téléphone&#xa0;: déverrouillez-le</translation>
    </message>
    <message>
        <source>The phone is busy</source>
        <translation>Le téléphone est occupé</translation>
    </message>
    <message>
        <source>The phone was unplugged</source>
        <translation>Le téléphone a été débranché</translation>
    </message>
    <message>
        <source>The phone could not be checked</source>
        <translation>Le téléphone n’a pas pu être vérifié</translation>
    </message>
    <message>
        <source>serial {serial}</source>
        <translation>n°&#xa0;de série {serial}</translation>
    </message>
</context>
<context>
    <name>DeviceSession</name>
    <message>
        <source>Android phone</source>
        <translation>Téléphone Android</translation>
    </message>
    <message>
        <source>connected over TCP {address}</source>
        <translation>connecté en TCP {address}</translation>
    </message>
    <message>
        <source>connected by USB</source>
        <translation>connecté en USB</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Phones plugged into this computer</source>
        <translation>Téléphones branchés sur cet ordinateur</translation>
    </message>
    <message>
        <source>No phone yet. Plug a phone in with a data cable and unlock it; it appears here by itself.</source>
        <translation>Aucun téléphone pour l’instant. Branchez un téléphone avec un câble de données et déverrouillez-le&#xa0;; il apparaît ici de lui-même.</translation>
    </message>
    <message>
        <source>No devices</source>
        <translation>Aucun appareil</translation>
    </message>
    <message>
        <source>Phones on the desk</source>
        <translation>Téléphones sur le poste</translation>
    </message>
    <message>
        <source>Check phones as soon as they are plugged in</source>
        <translation>Vérifier les téléphones dès le branchement</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>Tout vérifier</translation>
    </message>
    <message>
        <source>Check all phones</source>
        <translation>Vérifier tous les téléphones</translation>
    </message>
    <message>
        <source>Check every plugged-in phone again (Shift+F5)</source>
        <translation>Vérifier de nouveau chaque téléphone branché (Maj+F5)</translation>
    </message>
    <message numerus="yes">
        <source>Phones: %Ln</source>
        <translation>
            <numerusform>Téléphones&#xa0;: %Ln</numerusform>
            <numerusform>Téléphones&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>need action: %Ln</source>
        <translation>
            <numerusform>à traiter&#xa0;: %Ln</numerusform>
            <numerusform>à traiter&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting for you: %Ln</source>
        <translation>
            <numerusform>en attente de vous&#xa0;: %Ln</numerusform>
            <numerusform>en attente de vous&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>All done</source>
        <translation>C’est terminé</translation>
    </message>
    <message>
        <source>Your phone meets the policy.</source>
        <translation>Votre téléphone respecte la règle.</translation>
    </message>
    <message>
        <source>Your phone does not meet the policy yet.</source>
        <translation>Votre téléphone ne respecte pas encore la règle.</translation>
    </message>
    <message>
        <source>Receipt reference: %1</source>
        <translation>Référence du reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>QR code of the receipt reference %1</source>
        <translation>Code QR de la référence du reçu %1</translation>
    </message>
    <message>
        <source>No receipt: a receipt is given only to a phone that meets the policy.</source>
        <translation>Pas de reçu&#xa0;: un reçu n’est remis qu’à un téléphone qui respecte la règle.</translation>
    </message>
    <message>
        <source>Work email: %1</source>
        <translation>Adresse e-mail professionnelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Employee number: %1</source>
        <translation>Matricule&#xa0;: %1</translation>
    </message>
    <message>
        <source>Questions? %1: %2</source>
        <translation>Des questions&#xa0;? %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Questions? %1</source>
        <translation>Des questions&#xa0;? %1</translation>
    </message>
    <message>
        <source>Questions? Ask the IT helpdesk.</source>
        <translation>Des questions&#xa0;? Adressez-vous au support informatique.</translation>
    </message>
    <message>
        <source>You can unplug your iPhone now. To remove this kiosk from the trusted computers: Settings &gt; General &gt; Transfer or Reset iPhone &gt; Reset &gt; Reset Location &amp; Privacy.</source>
        <translation>Vous pouvez débrancher votre iPhone. Pour retirer cette borne des ordinateurs de confiance&#xa0;: Réglages &gt; Général &gt; Transférer ou réinitialiser l’iPhone &gt; Réinitialiser &gt; Réinitialiser localisation et confidentialité.</translation>
    </message>
    <message>
        <source>You can unplug your phone now. Then turn USB debugging off: Settings &gt; System &gt; Developer options &gt; Revoke USB debugging authorisations, and switch USB debugging off.</source>
        <translation>Vous pouvez débrancher votre téléphone. Désactivez ensuite le débogage USB&#xa0;: Paramètres &gt; Système &gt; Options pour les développeurs &gt; Révoquer les autorisations de débogage USB, puis désactivez Débogage USB.</translation>
    </message>
    <message>
        <source>When you leave, this kiosk forgets your phone.</source>
        <translation>Quand vous partez, la borne oublie votre téléphone.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Printing the receipt…</source>
        <translation>Impression du reçu…</translation>
    </message>
    <message>
        <source>The receipt was printed. Take it from the printer.</source>
        <translation>Le reçu est imprimé. Prenez-le à l’imprimante.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Show this page to the helpdesk.</source>
        <translation>Le reçu n’a pas pu être imprimé. Montrez cette page au support informatique.</translation>
    </message>
    <message>
        <source>Mail access: not requested. Remove the banned apps and check again.</source>
        <translation>Accès à la messagerie&#xa0;: non demandé. Supprimez les applis interdites et relancez la vérification.</translation>
    </message>
    <message>
        <source>Mail access: blocked until the banned apps are removed and the phone checked again.</source>
        <translation>Accès à la messagerie&#xa0;: bloqué jusqu’à ce que les applis interdites soient supprimées et le téléphone vérifié de nouveau.</translation>
    </message>
    <message>
        <source>Mail access: restored. The mail system confirmed it.</source>
        <translation>Accès à la messagerie&#xa0;: rétabli. La messagerie l’a confirmé.</translation>
    </message>
    <message>
        <source>Mail access: the request did not go through. Show this page to the helpdesk.</source>
        <translation>Accès à la messagerie&#xa0;: la demande n’a pas abouti. Montrez cette page au support informatique.</translation>
    </message>
    <message>
        <source>Mail access: requested. Your phone should receive work mail again within a few minutes.</source>
        <translation>Accès à la messagerie&#xa0;: demandé. Votre téléphone devrait recevoir de nouveau le courrier professionnel d’ici quelques minutes.</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>Another program holds the phone&apos;s USB connection (often an adb server): close it and retry.</source>
        <translation>Un autre programme occupe la connexion USB du téléphone (souvent un serveur adb)&#xa0;: fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>The phone was unplugged or the cable is loose. Plug it in again and check again.</source>
        <translation>Le téléphone a été débranché ou le câble est mal enfoncé. Rebranchez-le et vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>Unlock the phone with its passcode and keep it unlocked during the check.</source>
        <translation>Déverrouillez le téléphone avec son code et laissez-le déverrouillé pendant la vérification.</translation>
    </message>
    <message>
        <source>Plug the phone in with a data cable and unlock it.</source>
        <translation>Branchez le téléphone avec un câble de données et déverrouillez-le.</translation>
    </message>
    <message>
        <source>This computer may not open the USB device. On Linux install the udev rules (android-sdk-platform-tools-common) and replug; on Windows install the WinUSB driver.</source>
        <translation>Cet ordinateur n’a pas le droit d’ouvrir le périphérique USB. Sous Linux, installez les règles udev (android-sdk-platform-tools-common) et rebranchez&#xa0;; sous Windows, installez le pilote WinUSB.</translation>
    </message>
    <message>
        <source>The phone answered in an unexpected way. Restart the phone and retry.</source>
        <translation>Le téléphone a répondu de façon inattendue. Redémarrez-le et réessayez.</translation>
    </message>
    <message>
        <source>The phone is connected but too slow to answer. Keep it unlocked, close other apps on it, wait a minute and check again; restart the phone if it stays slow.</source>
        <translation>Le téléphone est connecté mais répond trop lentement. Laissez-le déverrouillé, fermez ses autres applis, attendez une minute et vérifiez de nouveau&#xa0;; redémarrez-le s’il reste lent.</translation>
    </message>
    <message>
        <source>The phone stopped answering. Unplug it, plug it in again, unlock it and retry.</source>
        <translation>Le téléphone ne répond plus. Débranchez-le, rebranchez-le, déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>&quot;Don&apos;t Trust&quot; was tapped. To ask again: on the iPhone open Settings &gt; General &gt; Transfer or Reset iPhone &gt; Reset &gt; Reset Location &amp; Privacy, then reconnect.</source>
        <translation>«&#xa0;Ne pas se fier&#xa0;» a été touché. Pour que la question revienne&#xa0;: sur l’iPhone, ouvrez Réglages &gt; Général &gt; Transférer ou réinitialiser l’iPhone &gt; Réinitialiser &gt; Réinitialiser localisation et confidentialité, puis rebranchez-le.</translation>
    </message>
    <message>
        <source>Unlock the phone and tap &quot;Allow&quot; on &quot;Allow USB debugging?&quot;. Tick &quot;Always allow from this computer&quot; to skip this next time.</source>
        <translation>Déverrouillez le téléphone et touchez «&#xa0;Autoriser&#xa0;» à la question «&#xa0;Autoriser le débogage USB&#xa0;?&#xa0;». Cochez «&#xa0;Toujours autoriser depuis cet ordinateur&#xa0;» pour ne plus avoir la question.</translation>
    </message>
    <message>
        <source>Unlock the iPhone and tap &quot;Trust&quot; on &quot;Trust This Computer?&quot;, then enter the passcode.</source>
        <translation>Déverrouillez l’iPhone et touchez «&#xa0;Se fier&#xa0;» à la question «&#xa0;Faire confiance à cet ordinateur&#xa0;?&#xa0;», puis saisissez le code.</translation>
    </message>
    <message>
        <source>Check the fleet settings (dsn, station_name, password) and that the server is reachable.</source>
        <translation>Vérifiez les réglages de la flotte (dsn, station_name, mot de passe) et que le serveur est joignable.</translation>
    </message>
    <message>
        <source>This is a fault in App Audit, not in the phone. Try again; if it happens again, send the log file to IT.</source>
        <translation>C’est un défaut d’App Audit, pas du téléphone. Réessayez&#xa0;; si cela se reproduit, envoyez le fichier journal au service informatique.</translation>
    </message>
    <message>
        <source>An app id looks like com.example.app: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only.</source>
        <translation>Un identifiant d’appli ressemble à com.example.app&#xa0;: lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;» uniquement.</translation>
    </message>
    <message>
        <source>Give the text printed by `pm list packages -f -U -i --show-versioncode`, or the JSON / plist of `ideviceinstaller` or `pymobiledevice3 apps list`.</source>
        <translation>Donnez le texte affiché par `pm list packages -f -U -i --show-versioncode`, ou le JSON / plist de `ideviceinstaller` ou de `pymobiledevice3 apps list`.</translation>
    </message>
    <message>
        <source>Ask IT for the policy and its .sig file as issued; do not edit a signed policy.</source>
        <translation>Demandez au service informatique la règle et son fichier .sig tels qu’ils ont été publiés&#xa0;; ne modifiez pas une règle signée.</translation>
    </message>
    <message>
        <source>Check that the database file is writable and the disk is not full.</source>
        <translation>Vérifiez que le fichier de la base de données est accessible en écriture et que le disque n’est pas plein.</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <source>Remove from this phone</source>
        <translation>Supprimer du téléphone</translation>
    </message>
    <message>
        <source>Show steps</source>
        <translation>Voir les étapes</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Rule: {rule}</source>
        <translation>Appli visée&#xa0;: {rule}</translation>
    </message>
    <message>
        <source>The phone refused to remove it: see the steps (IT may have to act).</source>
        <translation>Le téléphone a refusé de la supprimer&#xa0;: voyez les étapes (le service informatique devra peut-être intervenir).</translation>
    </message>
    <message>
        <source>{action}: {app} in {where}</source>
        <translation>{action}&#xa0;: {app} dans {where}</translation>
    </message>
</context>
<context>
    <name>FleetLink</name>
    <message>
        <source>Policy {id} version {version} from the fleet is now in force.</source>
        <translation>La règle {id} version {version} venue de la flotte est maintenant en vigueur.</translation>
    </message>
    <message>
        <source>A policy published for the fleet was not applied: {why}</source>
        <translation>Une règle publiée pour la flotte n’a pas été appliquée&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Ask IT: it must be signed by a trusted key and newer than the policy in force.</source>
        <translation>Adressez-vous au service informatique&#xa0;: elle doit être signée par une clé de confiance et plus récente que la règle en vigueur.</translation>
    </message>
    <message>
        <source>The fleet database cannot be reached ({error}); results wait on this station. Next try in {seconds:.0f} s.</source>
        <translation>La base de la flotte est injoignable ({error})&#xa0;; les résultats attendent sur ce poste. Prochain essai dans {seconds:.0f} s.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the fleet database; rows waiting to be sent: %Ln.</source>
        <translation>
            <numerusform>Connecté à la base de la flotte&#xa0;; lignes en attente d’envoi&#xa0;: %Ln.</numerusform>
            <numerusform>Connecté à la base de la flotte&#xa0;; lignes en attente d’envoi&#xa0;: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>The fleet link failed</source>
        <translation>La liaison avec la flotte a échoué</translation>
    </message>
</context>
<context>
    <name>FleetModels</name>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Applis</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Rows waiting</source>
        <translation>Lignes en attente</translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation>Règle en vigueur</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>FleetPage</name>
    <message>
        <source>Connecting to the fleet database…</source>
        <translation>Connexion à la base de la flotte…</translation>
    </message>
    <message>
        <source>Fleet connection</source>
        <translation>Connexion à la flotte</translation>
    </message>
    <message>
        <source>Fleet counts by verdict</source>
        <translation>Nombre d’appareils de la flotte par verdict</translation>
    </message>
    <message>
        <source>Devices that still need action</source>
        <translation>Appareils qui demandent encore une action</translation>
    </message>
    <message>
        <source>Stations that are behind</source>
        <translation>Postes en retard</translation>
    </message>
    <message numerus="yes">
        <source>%Ln compliant</source>
        <translation>
            <numerusform>%Ln conforme</numerusform>
            <numerusform>%Ln conformes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action required</source>
        <translation>
            <numerusform>%Ln avec action requise</numerusform>
            <numerusform>%Ln avec action requise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not compliant</source>
        <translation>
            <numerusform>%Ln non conforme</numerusform>
            <numerusform>%Ln non conformes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln inconclusive</source>
        <translation>
            <numerusform>%Ln non concluant</numerusform>
            <numerusform>%Ln non concluants</numerusform>
        </translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>No device reported yet.</source>
        <translation>Aucun appareil signalé pour l’instant.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Serial / UDID</source>
        <translation>N° de série / UDID</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Applis</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Règle</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Name, model, serial or UDID (part of it)</source>
        <translation>Nom, modèle, numéro de série ou UDID (en tout ou partie)</translation>
    </message>
    <message>
        <source>Device filter</source>
        <translation>Filtre par appareil</translation>
    </message>
    <message>
        <source>Only audits of devices whose name, model, serial or UDID contains this</source>
        <translation>Seulement les vérifications des appareils dont le nom, le modèle, le numéro de série ou l’UDID contient ce texte</translation>
    </message>
    <message>
        <source>Verdict filter</source>
        <translation>Filtre par verdict</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh history</source>
        <translation>Actualiser l’historique</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exporter l’historique en CSV</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Export history as JSON</source>
        <translation>Exporter l’historique en JSON</translation>
    </message>
    <message>
        <source>Save receipt (signed JSON)…</source>
        <translation>Reçu signé (JSON)…</translation>
    </message>
    <message>
        <source>Save signed receipt as JSON</source>
        <translation>Enregistrer le reçu signé en JSON</translation>
    </message>
    <message>
        <source>Write the selected audit’s signed receipt as it was issued (compliant official checks have one)</source>
        <translation>Enregistrer le reçu signé de la vérification sélectionnée tel qu’il a été émis (les vérifications officielles conformes en ont un)</translation>
    </message>
    <message>
        <source>Receipt as PDF…</source>
        <translation>Reçu en PDF…</translation>
    </message>
    <message>
        <source>Save selected audit as PDF</source>
        <translation>Enregistrer la vérification sélectionnée en PDF</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Historique des vérifications</translation>
    </message>
    <message>
        <source>Audit detail</source>
        <translation>Détail de la vérification</translation>
    </message>
    <message>
        <source>Audits shown</source>
        <translation>Vérifications affichées</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Appareil&#xa0;:</translation>
    </message>
    <message>
        <source>From</source>
        <comment>a date range: From ... to ...</comment>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <comment>a date range: From ... to ...</comment>
        <translation>au</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message numerus="yes">
        <source>Audits: %Ln</source>
        <translation>
            <numerusform>Vérifications&#xa0;: %Ln</numerusform>
            <numerusform>Vérifications&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation>Lecture de l’historique</translation>
    </message>
    <message>
        <source>Reading an audit</source>
        <translation>Lecture d’une vérification</translation>
    </message>
    <message>
        <source>Export history as {format}</source>
        <translation>Exporter l’historique en {format}</translation>
    </message>
    <message>
        <source>{format} files (*.{extension})</source>
        <translation>Fichiers {format} (*.{extension})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit(s) exported to {path}</source>
        <translation>
            <numerusform>%Ln vérification exportée dans {path}</numerusform>
            <numerusform>%Ln vérifications exportées dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Save audit as PDF</source>
        <translation>Enregistrer la vérification en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF</source>
        <translation>Enregistrement du PDF</translation>
    </message>
    <message>
        <source>Audit #{n} saved to {path}</source>
        <translation>Vérification n°&#xa0;{n} enregistrée dans {path}</translation>
    </message>
    <message>
        <source>Save signed receipt</source>
        <translation>Enregistrer le reçu signé</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>No audit matches these filters.</source>
        <translation>Aucune vérification ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Exporting the history</source>
        <translation>Export de l’historique</translation>
    </message>
</context>
<context>
    <name>IdentifyPage</name>
    <message>
        <source>This is not a work email address.</source>
        <translation>Ce n’est pas une adresse e-mail professionnelle.</translation>
    </message>
    <message>
        <source>This is not an employee number.</source>
        <translation>Ce n’est pas un matricule.</translation>
    </message>
    <message>
        <source>Type it like this: %1</source>
        <translation>Forme attendue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your work email address</source>
        <translation>Votre adresse e-mail professionnelle</translation>
    </message>
    <message>
        <source>The message that restores your mail access is sent for this address.</source>
        <translation>Le message qui rétablit votre accès à la messagerie est envoyé pour cette adresse.</translation>
    </message>
    <message>
        <source>Work email address</source>
        <translation>Adresse e-mail professionnelle</translation>
    </message>
    <message>
        <source>Your employee number</source>
        <translation>Votre matricule</translation>
    </message>
    <message>
        <source>The message that restores your mail access names this employee number.</source>
        <translation>Le message qui rétablit votre accès à la messagerie indique ce matricule.</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Par exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>App Audit · phone check</source>
        <translation>App Audit · vérification du téléphone</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s). Touch the screen to continue.</source>
        <translation>
            <numerusform>Retour à l’accueil dans %n seconde. Touchez l’écran pour continuer.</numerusform>
            <numerusform>Retour à l’accueil dans %n secondes. Touchez l’écran pour continuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing the receipt</source>
        <translation>Impression du reçu</translation>
    </message>
    <message>
        <source>No kiosk PIN is set. IT sets one with: app-audit kiosk set-pin</source>
        <translation>Aucun code PIN n’est défini. Le service informatique en définit un avec&#xa0;: app-audit kiosk set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de codes PIN incorrects. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de codes PIN incorrects. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code PIN incorrect.</translation>
    </message>
    <message>
        <source>Checking the PIN</source>
        <translation>Vérification du code PIN</translation>
    </message>
    <message>
        <source>The PIN could not be checked.</source>
        <translation>Le code PIN n’a pas pu être vérifié.</translation>
    </message>
</context>
<context>
    <name>KioskWords</name>
    <message>
        <source>%1 — in your personal profile</source>
        <translation>%1 — dans votre profil personnel</translation>
    </message>
    <message>
        <source>%1 — in the profile “%2”</source>
        <translation>%1 — dans le profil «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 — in the work profile</source>
        <translation>%1 — dans le profil professionnel</translation>
    </message>
</context>
<context>
    <name>MailAccess</name>
    <message>
        <source>No trusted policy key is configured: every check is informational (no receipt, no mail-access message).</source>
        <translation>Aucune clé de règle de confiance n’est configurée&#xa0;: chaque vérification est à titre d’information (ni reçu, ni message d’accès à la messagerie).</translation>
    </message>
    <message>
        <source>Run: app-audit policy trust ISSUER.pub (the public key IT signs policies with).</source>
        <translation>Lancez&#xa0;: app-audit policy trust ISSUER.pub (la clé publique avec laquelle le service informatique signe les règles).</translation>
    </message>
    <message>
        <source>Mail access: not requested.</source>
        <translation>Accès à la messagerie&#xa0;: non demandé.</translation>
    </message>
    <message>
        <source>restore mail access</source>
        <translation>rétablir l’accès à la messagerie</translation>
    </message>
    <message>
        <source>tell the mail system: not compliant</source>
        <translation>signaler à la messagerie&#xa0;: non conforme</translation>
    </message>
    <message>
        <source>Informational check only, no receipt and no mail-access message: {because}.</source>
        <translation>Vérification à titre d’information seulement, sans reçu ni message d’accès à la messagerie&#xa0;: {because}.</translation>
    </message>
    <message>
        <source>Mail access: not requested (an informational check never asks for it).</source>
        <translation>Accès à la messagerie&#xa0;: non demandé (une vérification à titre d’information ne le demande jamais).</translation>
    </message>
    <message>
        <source>Mail access: the mail system confirmed it knows the phone is not compliant.</source>
        <translation>Accès à la messagerie&#xa0;: la messagerie a confirmé savoir que le téléphone n’est pas conforme.</translation>
    </message>
    <message>
        <source>the apps come from a saved listing, not from the phone itself</source>
        <translation>les applis viennent d’une liste enregistrée, pas du téléphone lui-même</translation>
    </message>
    <message>
        <source>part of the phone could not be read</source>
        <translation>une partie du téléphone n’a pas pu être lue</translation>
    </message>
    <message>
        <source>the policy has no signature</source>
        <translation>la règle n’a pas de signature</translation>
    </message>
    <message>
        <source>the policy is not signed by a trusted key</source>
        <translation>la règle n’est pas signée par une clé de confiance</translation>
    </message>
    <message>
        <source>no trusted policy key is configured on this station</source>
        <translation>aucune clé de règle de confiance n’est configurée sur ce poste</translation>
    </message>
    <message>
        <source>the policy was changed after it was signed</source>
        <translation>la règle a été modifiée après sa signature</translation>
    </message>
    <message>
        <source>the policy was retracted</source>
        <translation>la règle a été retirée</translation>
    </message>
    <message>
        <source>a newer version of the policy was accepted on this station</source>
        <translation>une version plus récente de la règle a été acceptée sur ce poste</translation>
    </message>
    <message>
        <source>the check was not recorded</source>
        <translation>la vérification n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>Mail access: restore confirmed by the mail system.</source>
        <translation>Accès à la messagerie&#xa0;: rétablissement confirmé par la messagerie.</translation>
    </message>
    <message>
        <source>Mail access: requested at {time} ({what}), waiting for the mail system.</source>
        <translation>Accès à la messagerie&#xa0;: demandé à {time} ({what}), en attente de la messagerie.</translation>
    </message>
    <message>
        <source>No mail system is configured on this station (see docs/deploying.md).</source>
        <translation>Aucune messagerie n’est configurée sur ce poste (voir docs/deploying.md).</translation>
    </message>
    <message>
        <source>Mail access: FAILED ({error}). Fix the mail-access webhook settings, then run app-audit outbox retry {message_id}.</source>
        <translation>Accès à la messagerie&#xa0;: ÉCHEC ({error}). Corrigez les réglages du webhook d’accès à la messagerie, puis lancez app-audit outbox retry {message_id}.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>Attempt {n} failed ({error}); trying again.</source>
        <translation>La tentative {n} a échoué ({error})&#xa0;; nouvel essai.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Check &amp;all phones</source>
        <translation>Vérifier &amp;tous les téléphones</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>A&amp;ppareil</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Open policy…</source>
        <translation>&amp;Ouvrir une règle…</translation>
    </message>
    <message>
        <source>Export history as &amp;CSV…</source>
        <translation>Exporter l’historique en &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Vérifier de nouveau</translation>
    </message>
    <message>
        <source>Save &amp;receipt as PDF…</source>
        <translation>Enregistrer le &amp;reçu en PDF…</translation>
    </message>
    <message>
        <source>&amp;Find app</source>
        <translation>&amp;Chercher une appli</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation>&amp;Règle</translation>
    </message>
    <message>
        <source>Devices &amp;list</source>
        <translation>&amp;Liste des appareils</translation>
    </message>
    <message>
        <source>&amp;About App Audit</source>
        <translation>À &amp;propos d’App Audit</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>not written yet (still starting)</source>
        <translation>pas encore écrit (démarrage en cours)</translation>
    </message>
    <message>
        <source>App Audit {version}</source>
        <translation>App Audit {version}</translation>
    </message>
    <message>
        <source>Checks the apps on phones against the company&apos;s signed policy.</source>
        <translation>Vérifie les applis des téléphones selon la règle signée de l’entreprise.</translation>
    </message>
    <message>
        <source>Log file (send it to IT when something goes wrong):</source>
        <translation>Fichier journal (à envoyer au service informatique en cas de problème)&#xa0;:</translation>
    </message>
    <message>
        <source>About App Audit</source>
        <translation>À propos d’App Audit</translation>
    </message>
    <message numerus="yes">
        <source>Phones being checked again: %Ln</source>
        <translation>
            <numerusform>Téléphones en cours de nouvelle vérification&#xa0;: %Ln</numerusform>
            <numerusform>Téléphones en cours de nouvelle vérification&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>No phone can be checked right now.</source>
        <translation>Aucun téléphone ne peut être vérifié pour le moment.</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Avertissement&#xa0;: </translation>
    </message>
    <message>
        <source>Problem: </source>
        <translation>Problème&#xa0;: </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Reading the app list</source>
        <translation>Lecture de la liste des applis</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>The check stopped</source>
        <translation>La vérification s’est arrêtée</translation>
    </message>
    <message>
        <source>Removing the flagged apps stopped</source>
        <translation>La suppression des applis signalées s’est arrêtée</translation>
    </message>
    <message>
        <source>Checking the phone again</source>
        <translation>Nouvelle vérification du téléphone</translation>
    </message>
    <message>
        <source>Removing {app}</source>
        <translation>Suppression de {app}</translation>
    </message>
    <message>
        <source>Removing {app} stopped</source>
        <translation>La suppression de {app} s’est arrêtée</translation>
    </message>
</context>
<context>
    <name>OutOfServicePage</name>
    <message>
        <source>This kiosk is out of service</source>
        <translation>Cette borne est hors service</translation>
    </message>
    <message>
        <source>Phones cannot be checked here right now. Please go to the IT helpdesk.</source>
        <translation>Les téléphones ne peuvent pas être vérifiés ici pour le moment. Adressez-vous au support informatique.</translation>
    </message>
    <message>
        <source>For IT:</source>
        <translation>Pour le service informatique&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message numerus="yes">
        <source>The new policy withdrew rules: %Ln device(s) restored without their phone.</source>
        <translation>
            <numerusform>La nouvelle règle a retiré des entrées&#xa0;: %Ln appareil rétabli sans son téléphone.</numerusform>
            <numerusform>La nouvelle règle a retiré des entrées&#xa0;: %Ln appareils rétablis sans leur téléphone.</numerusform>
        </translation>
    </message>
    <message>
        <source>The retraction takes effect at {at}; the devices it blocked are restored then, while this window is open (or when a station next loads this policy).</source>
        <translation>Le retrait prend effet le {at}&#xa0;; les appareils qu’elle bloquait seront alors rétablis, si cette fenêtre est encore ouverte (sinon au prochain chargement de cette politique sur un poste).</translation>
    </message>
    <message>
        <source>The policy was not accepted on this station; its checks are informational</source>
        <translation>La règle n’a pas été acceptée sur ce poste&#xa0;; ses vérifications sont à titre d’information</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>{field}:</source>
        <translation>{field}&#xa0;:</translation>
    </message>
    <message>
        <source>Open policy…</source>
        <translation>Ouvrir une règle…</translation>
    </message>
    <message>
        <source>Open policy</source>
        <translation>Ouvrir une règle</translation>
    </message>
    <message>
        <source>Load another policy file (Ctrl+O)</source>
        <translation>Charger un autre fichier de règle (Ctrl+O)</translation>
    </message>
    <message>
        <source>Policy problems title</source>
        <translation>Titre des problèmes de la règle</translation>
    </message>
    <message>
        <source>Policy problems</source>
        <translation>Problèmes de la règle</translation>
    </message>
    <message>
        <source>What is wrong in the policy file that was refused</source>
        <translation>Ce qui ne va pas dans le fichier de règle refusé</translation>
    </message>
    <message>
        <source>Policy rules</source>
        <translation>Applis visées par la règle</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Applis visées</translation>
    </message>
    <message>
        <source>Policies (*.yaml *.yml *.json)</source>
        <translation>Règles (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Loading policy…</source>
        <translation>Chargement de la règle…</translation>
    </message>
    <message>
        <source>{version} (replaces {previous})</source>
        <translation>{version} (remplace {previous})</translation>
    </message>
    <message>
        <source>Signed by {signer}</source>
        <translation>Signée par {signer}</translation>
    </message>
    <message>
        <source>Not signed: {problem}</source>
        <translation>Non signée&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sans raison donnée</translation>
    </message>
    <message>
        <source>RETRACTED: nothing is blocked ({reason})</source>
        <translation>RETIRÉE&#xa0;: rien n’est bloqué ({reason})</translation>
    </message>
    <message>
        <source>Policy {policy} {version} loaded; checking phones again.</source>
        <translation>Règle {policy} {version} chargée&#xa0;; nouvelle vérification des téléphones.</translation>
    </message>
    <message>
        <source>{file} was refused</source>
        <translation>{file} a été refusé</translation>
    </message>
    <message>
        <source>Opening {file}</source>
        <translation>Ouverture de {file}</translation>
    </message>
    <message>
        <source>{file} was not loaded; the current policy stays in force:</source>
        <translation>{file} n’a pas été chargé&#xa0;; la règle actuelle reste en vigueur&#xa0;:</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire absent</translation>
    </message>
    <message>
        <source>unknown field (check the spelling)</source>
        <translation>champ inconnu (vérifiez l’orthographe)</translation>
    </message>
    <message>
        <source>a policy is a mapping of fields (schema, id, rules, ...)</source>
        <translation>une règle est un ensemble de champs (schema, id, rules…)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line {line}: {field}: {problem}</source>
        <translation>Ligne {line}&#xa0;: {field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Ligne {line}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Try again. If it happens again, send the log file to IT.</source>
        <translation>Réessayez. Si cela se reproduit, envoyez le fichier journal au service informatique.</translation>
    </message>
    <message>
        <source>Something went wrong that App Audit did not expect.</source>
        <translation>Un problème imprévu est survenu dans App Audit.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, send the log file to IT: {path}</source>
        <translation>Réessayez. Si cela se reproduit, envoyez le fichier journal au service informatique&#xa0;: {path}</translation>
    </message>
    <message>
        <source>{context}: {text}</source>
        <translation>{context}&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>ReceiptJson</name>
    <message>
        <source>Saving the signed receipt</source>
        <translation>Enregistrement du reçu signé</translation>
    </message>
    <message>
        <source>Signed receipt saved to {path}</source>
        <translation>Reçu signé enregistré dans {path}</translation>
    </message>
</context>
<context>
    <name>ReceiptPdf</name>
    <message numerus="yes">
        <source>%Ln app(s) checked</source>
        <translation>
            <numerusform>%Ln appli vérifiée</numerusform>
            <numerusform>%Ln applis vérifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>non signée</translation>
    </message>
    <message>
        <source>App Audit result</source>
        <translation>Résultat App Audit</translation>
    </message>
    <message>
        <source>Official check</source>
        <translation>Vérification officielle</translation>
    </message>
    <message>
        <source>Nothing: no app breaks the policy.</source>
        <translation>Rien&#xa0;: aucune appli n’enfreint la règle.</translation>
    </message>
    <message>
        <source>The phone</source>
        <translation>Le téléphone</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>signed by {signer}</source>
        <translation>signée par {signer}</translation>
    </message>
    <message>
        <source>Checked {when} (not recorded)</source>
        <translation>Vérifié le {when} (non enregistré)</translation>
    </message>
    <message>
        <source>Device: {name} ({model}, OS {version}) · serial {serial}</source>
        <translation>Appareil&#xa0;: {name} ({model}, système {version}) · n°&#xa0;de série {serial}</translation>
    </message>
    <message>
        <source>Policy: {policy} version {version} · {signature}</source>
        <translation>Règle&#xa0;: {policy} version {version} · {signature}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>History entry {n} ({hash})</source>
        <translation>Entrée d’historique {n} ({hash})</translation>
    </message>
    <message>
        <source>{app}, {where}: {state}</source>
        <translation>{app}, {where}&#xa0;: {state}</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Receipt (JSON, for verification)</source>
        <translation>Reçu (JSON, pour vérification)</translation>
    </message>
</context>
<context>
    <name>RemovalPage</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier de nouveau</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n app(s) from your phone?</source>
        <translation>
            <numerusform>Supprimer %n appli de votre téléphone&#xa0;?</numerusform>
            <numerusform>Supprimer %n applis de votre téléphone&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their data on the phone is deleted too. Nothing else is touched.</source>
        <translation>Leurs données sur le téléphone sont supprimées aussi. Rien d’autre n’est touché.</translation>
    </message>
    <message>
        <source>Removing apps…</source>
        <translation>Suppression des applis…</translation>
    </message>
    <message>
        <source>Removing %1. Keep the phone plugged in.</source>
        <translation>Suppression de %1. Gardez le téléphone branché.</translation>
    </message>
    <message>
        <source>Some apps are still on your phone</source>
        <translation>Des applis sont encore sur votre téléphone</translation>
    </message>
    <message>
        <source>Your phone refused to remove these apps. Here is what to do:</source>
        <translation>Votre téléphone a refusé de supprimer ces applis. Voici ce qu’il faut faire&#xa0;:</translation>
    </message>
    <message>
        <source>The phone still has apps the policy bans. Remove them yourself:</source>
        <translation>Le téléphone contient encore des applis interdites par la règle. Supprimez-les vous-même&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RemovalPanel</name>
    <message>
        <source>Removal progress</source>
        <translation>Progression de la suppression</translation>
    </message>
    <message>
        <source>%v of %m apps</source>
        <translation>%v applis sur %m</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier de nouveau</translation>
    </message>
    <message>
        <source>Read the phone again after the steps were done</source>
        <translation>Relire le téléphone une fois les étapes faites</translation>
    </message>
</context>
<context>
    <name>RemovalSteps</name>
    <message>
        <source>The phone’s management (device owner or work profile admin) protects this app. Ask IT to remove it from the management console, or remove the work profile.</source>
        <translation>La gestion du téléphone (propriétaire de l’appareil ou administrateur du profil professionnel) protège cette appli. Demandez au service informatique de la supprimer depuis la console de gestion, ou supprimez le profil professionnel.</translation>
    </message>
    <message>
        <source>This profile is not allowed to remove apps. Ask IT to lift the restriction.</source>
        <translation>Ce profil n’a pas le droit de supprimer des applis. Demandez au service informatique de lever la restriction.</translation>
    </message>
    <message>
        <source>The iPhone’s management profile forbids removing this app. Ask IT to remove it from the MDM console.</source>
        <translation>Le profil de gestion de l’iPhone interdit de supprimer cette appli. Demandez au service informatique de la supprimer depuis la console MDM.</translation>
    </message>
    <message>
        <source>Open Settings &gt; Apps, find %1, tap Uninstall. Repeat in every profile (Personal and Work tabs).</source>
        <translation>Ouvrez Paramètres &gt; Applications, trouvez %1 et touchez Désinstaller. Recommencez dans chaque profil (onglets Personnel et Travail).</translation>
    </message>
    <message>
        <source>Touch and hold the %1 icon, tap Remove App, then Delete App.</source>
        <translation>Maintenez le doigt sur l’icône %1, touchez Supprimer l’app, puis Supprimer l’app.</translation>
    </message>
    <message>
        <source>The phone refused the removal (%1).</source>
        <translation>Le téléphone a refusé la suppression (%1).</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>sans raison donnée</translation>
    </message>
    <message>
        <source>When IT has removed it or lifted the restriction, press &quot;Check again&quot;.</source>
        <translation>Quand le service informatique l’aura supprimée ou aura levé la restriction, touchez «&#xa0;Vérifier de nouveau&#xa0;».</translation>
    </message>
    <message>
        <source>Install %1 from the company app store, then check again.</source>
        <translation>Installez %1 depuis le magasin d’applis de l’entreprise, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>This app is offloaded (cloud icon): its data is still on the phone, so it must be deleted too.</source>
        <translation>Cette appli est déchargée (icône de nuage)&#xa0;: ses données sont encore sur le téléphone, il faut donc la supprimer aussi.</translation>
    </message>
    <message>
        <source>It is in profile %1 (usually the work profile): open the Work tab to find it.</source>
        <translation>Elle se trouve dans le profil %1 (en général le profil professionnel)&#xa0;: ouvrez l’onglet Travail pour la trouver.</translation>
    </message>
    <message>
        <source>When done, press &quot;Check again&quot;.</source>
        <translation>Ensuite, touchez «&#xa0;Vérifier de nouveau&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Result of the check</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Remove them before %1, or your phone loses work mail.</source>
        <translation>Supprimez-les avant le %1, sans quoi votre téléphone perdra l’accès au courrier professionnel.</translation>
    </message>
    <message>
        <source>The deadline was %1: your phone no longer receives work mail.</source>
        <translation>La date limite était le %1&#xa0;: votre téléphone ne reçoit plus le courrier professionnel.</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>profil %1</translation>
    </message>
    <message>
        <source>Unlock “%1” on the phone (open it once and enter its code).</source>
        <translation>Déverrouillez «&#xa0;%1&#xa0;» sur le téléphone (ouvrez-le une fois et saisissez son code).</translation>
    </message>
    <message>
        <source>A check that cannot read every profile cannot pass. Then tap Check again.</source>
        <translation>Une vérification qui ne peut pas lire tous les profils ne peut pas aboutir. Touchez ensuite Vérifier de nouveau.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier de nouveau</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n app(s)</source>
        <translation>
            <numerusform>Supprimer %n appli</numerusform>
            <numerusform>Supprimer %n applis</numerusform>
        </translation>
    </message>
    <message>
        <source>Your phone meets the policy. Nothing to do.</source>
        <translation>Votre téléphone respecte la règle. Rien à faire.</translation>
    </message>
    <message>
        <source>Action needed: your phone has apps the policy bans.</source>
        <translation>Action requise&#xa0;: votre téléphone contient des applis interdites par la règle.</translation>
    </message>
    <message>
        <source>Not compliant: apps the policy bans block your work mail.</source>
        <translation>Non conforme&#xa0;: des applis interdites bloquent votre courrier professionnel.</translation>
    </message>
    <message>
        <source>Not finished: part of your phone could not be read.</source>
        <translation>Inachevé&#xa0;: une partie de votre téléphone n’a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <source>Rule</source>
        <translation>Appli visée</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Android packages</source>
        <translation>Paquets Android</translation>
    </message>
    <message>
        <source>iPhone bundles</source>
        <translation>Bundles iPhone</translation>
    </message>
    <message>
        <source>Name patterns</source>
        <translation>Modèles de nom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examiner</translation>
    </message>
    <message>
        <source>Require</source>
        <translation>Exiger</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>App Audit cannot start</source>
        <translation>App Audit ne peut pas démarrer</translation>
    </message>
    <message>
        <source>App Audit could not finish starting</source>
        <translation>App Audit n’a pas pu terminer son démarrage</translation>
    </message>
    <message>
        <source>Mail-access messages stay queued</source>
        <translation>Les messages d’accès à la messagerie restent en file d’attente</translation>
    </message>
    <message>
        <source>The configured policy was refused; using the default</source>
        <translation>La règle configurée a été refusée&#xa0;; la règle par défaut est utilisée</translation>
    </message>
    <message>
        <source>Looking for phones is not possible</source>
        <translation>Impossible de rechercher les téléphones</translation>
    </message>
</context>
<context>
    <name>TicketText</name>
    <message>
        <source>No check yet.</source>
        <translation>Pas encore de vérification.</translation>
    </message>
    <message>
        <source>No findings: no app on this phone breaks the policy.</source>
        <translation>Aucun constat&#xa0;: aucune appli de ce téléphone n’enfreint la règle.</translation>
    </message>
    <message>
        <source>UDID: {udid}</source>
        <translation>UDID&#xa0;: {udid}</translation>
    </message>
    <message>
        <source>Serial: {serial}</source>
        <translation>Numéro de série&#xa0;: {serial}</translation>
    </message>
    <message>
        <source>Device: {name}</source>
        <translation>Appareil&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Model: {model}</source>
        <translation>Modèle&#xa0;: {model}</translation>
    </message>
    <message>
        <source>System: {version}</source>
        <translation>Système&#xa0;: {version}</translation>
    </message>
    <message>
        <source>Connection: {connection}</source>
        <translation>Connexion&#xa0;: {connection}</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>État&#xa0;: {state}</translation>
    </message>
    <message>
        <source>Result: {verdict}</source>
        <translation>Résultat&#xa0;: {verdict}</translation>
    </message>
    <message>
        <source>Checked on: {when}</source>
        <translation>Vérifié le&#xa0;: {when}</translation>
    </message>
    <message>
        <source>Policy: {policy} {version}</source>
        <translation>Règle&#xa0;: {policy} {version}</translation>
    </message>
    <message>
        <source>Apps checked: {n}</source>
        <translation>Applis vérifiées&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Last message: {text}</source>
        <translation>Dernier message&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Audit: #{n}</source>
        <translation>Vérification&#xa0;: n°&#xa0;{n}</translation>
    </message>
    <message>
        <source> · rule: {rule}</source>
        <translation> · appli visée&#xa0;: {rule}</translation>
    </message>
    <message numerus="yes">
        <source>Findings (%Ln):</source>
        <translation>
            <numerusform>Constats (%Ln)&#xa0;:</numerusform>
            <numerusform>Constats (%Ln)&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
</context>
<context>
    <name>VisitStory</name>
    <message>
        <source> from user {user}</source>
        <translation> de l’utilisateur {user}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sans raison donnée</translation>
    </message>
    <message>
        <source>No app breaks the policy now.</source>
        <translation>Plus aucune appli n’enfreint la règle.</translation>
    </message>
    <message>
        <source>Nothing: no app breaks the policy.</source>
        <translation>Rien&#xa0;: aucune appli n’enfreint la règle.</translation>
    </message>
    <message>
        <source>The phone</source>
        <translation>Le téléphone</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>non signée</translation>
    </message>
    <message>
        <source>{app}: NOT removed on {when} ({why})</source>
        <translation>{app}&#xa0;: NON supprimée le {when} ({why})</translation>
    </message>
    <message>
        <source>signed by a trusted key</source>
        <translation>signée par une clé de confiance</translation>
    </message>
    <message>
        <source>Official check</source>
        <translation>Vérification officielle</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <source>To verify: save it with “Save receipt (signed JSON)…” and run `app-audit receipt verify FILE --key STATION.pub` (the station&apos;s key: `app-audit receipt key`). `app-audit history verify --against FOLDER` checks the station&apos;s history against the receipts in FOLDER.</source>
        <translation>Pour le vérifier&#xa0;: enregistrez-le avec «&#xa0;Reçu signé (JSON)…&#xa0;» et lancez `app-audit receipt verify FILE --key STATION.pub` (la clé du poste&#xa0;: `app-audit receipt key`). `app-audit history verify --against FOLDER` compare l’historique du poste aux reçus du dossier FOLDER.</translation>
    </message>
    <message>
        <source>{app}: removed on {when}</source>
        <translation>{app}&#xa0;: supprimée le {when}</translation>
    </message>
    <message>
        <source>serial {serial}</source>
        <translation>n°&#xa0;de série {serial}</translation>
    </message>
    <message>
        <source>Audit #{n}, recorded {when}</source>
        <translation>Vérification n°&#xa0;{n}, enregistrée le {when}</translation>
    </message>
    <message>
        <source>Device: {device} · {serial}</source>
        <translation>Appareil&#xa0;: {device} · {serial}</translation>
    </message>
    <message>
        <source>Policy: {policy} version {version} · {signature}</source>
        <translation>Règle&#xa0;: {policy} version {version} · {signature}</translation>
    </message>
    <message>
        <source>{app}: {state}</source>
        <translation>{app}&#xa0;: {state}</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>{heading}:</source>
        <translation>{heading}&#xa0;:</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>Verdict&#xa0;: {verdict}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Chain hash: {hash}</source>
        <translation>Empreinte de la chaîne&#xa0;: {hash}</translation>
    </message>
    <message>
        <source>signed by {signer}</source>
        <translation>signée par {signer}</translation>
    </message>
    <message>
        <source>Receipt signed by this station&apos;s key {key}.</source>
        <translation>Reçu signé par la clé de ce poste {key}.</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>App Audit receipt</source>
        <translation>Reçu App Audit</translation>
    </message>
    <message>
        <source>App Audit record #{n}</source>
        <translation>Enregistrement App Audit n°&#xa0;{n}</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature&#xa0;:</translation>
    </message>
    <message>
        <source>Mail access: unchanged by this check (the mail system was last told by audit #{n}).</source>
        <translation>Accès à la messagerie&#xa0;: inchangé par cette vérification (la messagerie a été informée en dernier par la vérification n°&#xa0;{n}).</translation>
    </message>
    <message>
        <source>Checked for {person}</source>
        <translation>Vérifié pour {person}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln app(s) checked</source>
        <translation>
            <numerusform>%Ln appli vérifiée</numerusform>
            <numerusform>%Ln applis vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln constat</numerusform>
            <numerusform>%Ln constats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Check your phone for work mail</source>
        <translation>Vérifiez votre téléphone pour le courrier professionnel</translation>
    </message>
    <message>
        <source>Your phone may read company mail only without the apps the company policy bans. This kiosk checks your phone and helps you remove them. It takes a few minutes.</source>
        <translation>Votre téléphone ne peut lire la messagerie de l’entreprise que s’il n’a aucune des applis que sa règle interdit. Cette borne vérifie votre téléphone et vous aide à les supprimer. Cela prend quelques minutes.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Start: plug in your phone</source>
        <translation>Commencer&#xa0;: branchez votre téléphone</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Non concluant</translation>
    </message>
    <message>
        <source>Waiting for Allow</source>
        <translation>Attend «&#xa0;Autoriser&#xa0;»</translation>
    </message>
    <message>
        <source>Waiting for Trust</source>
        <translation>Attend «&#xa0;Se fier&#xa0;»</translation>
    </message>
    <message>
        <source>Trust refused</source>
        <translation>Confiance refusée</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Unplugged</source>
        <translation>Débranché</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Compliant: no banned app on this phone</source>
        <translation>Conforme&#xa0;: aucune appli interdite sur ce téléphone</translation>
    </message>
    <message>
        <source>Action required: banned apps must be removed</source>
        <translation>Action requise&#xa0;: des applis interdites doivent être supprimées</translation>
    </message>
    <message>
        <source>Not compliant: banned apps are blocking mail access</source>
        <translation>Non conforme&#xa0;: des applis interdites bloquent l’accès à la messagerie</translation>
    </message>
    <message>
        <source>Inconclusive: part of the phone could not be read</source>
        <translation>Non concluant&#xa0;: une partie du téléphone n’a pas pu être lue</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Bloquante</translation>
    </message>
    <message>
        <source>Remove before the deadline</source>
        <translation>À supprimer avant la date limite</translation>
    </message>
    <message>
        <source>Required app missing</source>
        <translation>Appli obligatoire absente</translation>
    </message>
    <message>
        <source>For review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Rule retracted</source>
        <translation>Entrée retirée</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installée</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Uninstalled (data kept)</source>
        <translation>Désinstallée (données conservées)</translation>
    </message>
    <message>
        <source>Offloaded</source>
        <translation>Déchargée</translation>
    </message>
    <message>
        <source>User app</source>
        <translation>Appli utilisateur</translation>
    </message>
    <message>
        <source>System app</source>
        <translation>Appli système</translation>
    </message>
    <message>
        <source>Google Play</source>
        <translation>Google Play</translation>
    </message>
    <message>
        <source>Galaxy Store</source>
        <translation>Galaxy Store</translation>
    </message>
    <message>
        <source>Amazon Appstore</source>
        <translation>Amazon Appstore</translation>
    </message>
    <message>
        <source>AppGallery</source>
        <translation>AppGallery</translation>
    </message>
    <message>
        <source>Sideloaded (package installer)</source>
        <translation>Installée hors magasin (programme d’installation)</translation>
    </message>
    <message>
        <source>App Store</source>
        <translation>App Store</translation>
    </message>
    <message>
        <source>TestFlight</source>
        <translation>TestFlight</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Personal (user 0)</source>
        <translation>Personnel (utilisateur 0)</translation>
    </message>
    <message>
        <source>deadline passed</source>
        <translation>date limite dépassée</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>moins d’une minute</translation>
    </message>
    <message>
        <source>Enforced now (no deadline)</source>
        <translation>Appliquée dès maintenant (sans date limite)</translation>
    </message>
    <message>
        <source>users, profiles and their apps</source>
        <translation>utilisateurs, profils et leurs applis</translation>
    </message>
    <message>
        <source>apps of new profiles</source>
        <translation>applis des nouveaux profils</translation>
    </message>
    <message>
        <source>versions and states</source>
        <translation>versions et états</translation>
    </message>
    <message>
        <source>app signers</source>
        <translation>signataires des applis</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Asking the iPhone for its apps</source>
        <translation>Demande de ses applis à l’iPhone</translation>
    </message>
    <message>
        <source>Preinstalled</source>
        <translation>Préinstallée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>the app list came back incomplete</source>
        <translation>la liste des applis est revenue incomplète</translation>
    </message>
    <message>
        <source>part of the phone could not be read</source>
        <translation>une partie du téléphone n’a pas pu être lue</translation>
    </message>
    <message>
        <source>Not fully checked: {what}, then Check again.</source>
        <translation>Vérification incomplète&#xa0;: {what}, puis touchez Vérifier de nouveau.</translation>
    </message>
    <message>
        <source>Work / other profile (user {user})</source>
        <translation>Profil professionnel ou autre (utilisateur {user})</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s left</source>
        <translation>encore {minutes}&#xa0;min {seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>Enforced from {when} (in {span}); until then banned apps must be removed but do not block mail</source>
        <translation>Appliquée à partir du {when} (dans {span})&#xa0;; d’ici là, les applis interdites doivent être supprimées mais ne bloquent pas la messagerie</translation>
    </message>
    <message>
        <source>{profile} (user {user})</source>
        <translation>{profile} (utilisateur {user})</translation>
    </message>
    <message>
        <source>{days} d {hours} h left</source>
        <translation>encore {days}&#xa0;j {hours}&#xa0;h</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min left</source>
        <translation>encore {hours}&#xa0;h {minutes}&#xa0;min</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days}&#xa0;j</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours}&#xa0;h</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}&#xa0;min</translation>
    </message>
    <message>
        <source>Enforced since {when}: banned apps block mail access</source>
        <translation>Appliquée depuis le {when}&#xa0;: les applis interdites bloquent l’accès à la messagerie</translation>
    </message>
    <message>
        <source>The phone is slow: still working ({seconds} s)</source>
        <translation>Le téléphone est lent&#xa0;: travail en cours ({seconds}&#xa0;s)</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days}&#xa0;j {hours}&#xa0;h</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}&#xa0;h {minutes}&#xa0;min</translation>
    </message>
    <message>
        <source>unlock the profile “{profile}”</source>
        <translation>déverrouillez le profil «&#xa0;{profile}&#xa0;»</translation>
    </message>
    <message>
        <source>the profile “{profile}” could not be read</source>
        <translation>le profil «&#xa0;{profile}&#xa0;» n’a pas pu être lu</translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln app(s)</source>
        <translation>
            <numerusform>%Ln appli lue</numerusform>
            <numerusform>%Ln applis lues</numerusform>
        </translation>
    </message>
</context>
</TS>
