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
    <name>AppTableView</name>
    <message>
        <source>Search name, id, rule, profile or source  (Ctrl+F)</source>
        <translation>Chercher un nom, un identifiant, une règle, un profil ou une provenance  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Toutes les provenances</translation>
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
        <source>Plug it in again; it will be checked again.</source>
        <translation>Rebranchez-le&#xa0;; il sera vérifié de nouveau.</translation>
    </message>
    <message>
        <source>{what} and no result was recorded</source>
        <translation>{what}, et aucun résultat n’a été enregistré</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Save receipt (signed JSON)…</source>
        <translation>Enregistrer le reçu (JSON signé)…</translation>
    </message>
    <message>
        <source>Remove all flagged</source>
        <translation>Supprimer toutes les applis signalées</translation>
    </message>
    <message>
        <source>Mail access</source>
        <translation>Accès à la messagerie</translation>
    </message>
    <message numerus="yes">
        <source>Remove all flagged (%n)</source>
        <translation>
            <numerusform>Supprimer toutes les applis signalées (%n)</numerusform>
            <numerusform>Supprimer toutes les applis signalées (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;Don&apos;t Trust&quot; was tapped on this iPhone, so it will not answer this computer. After the reset it asks &quot;Trust This Computer?&quot; again: tap Trust, then the check starts.</source>
        <translation>«&#xa0;Ne pas se fier&#xa0;» a été touché sur cet iPhone&#xa0;: il ne répondra pas à cet ordinateur. Après la réinitialisation, il demande de nouveau «&#xa0;Faire confiance à cet ordinateur&#xa0;?&#xa0;»&#xa0;: touchez Se fier, et la vérification commence.</translation>
    </message>
    <message>
        <source>Official check: receipt signed.</source>
        <translation>Vérification officielle&#xa0;: reçu signé.</translation>
    </message>
    <message>
        <source>Nothing to do: no app on this phone breaks the policy.</source>
        <translation>Rien à faire&#xa0;: aucune appli de ce téléphone n’enfreint la règle.</translation>
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
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Check all</source>
        <translation>Tout vérifier</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message numerus="yes">
        <source>Phones: %n</source>
        <translation>
            <numerusform>Téléphones&#xa0;: %n</numerusform>
            <numerusform>Téléphones&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>need action: %n</source>
        <translation>
            <numerusform>à traiter&#xa0;: %n</numerusform>
            <numerusform>à traiter&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting for you: %n</source>
        <translation>
            <numerusform>en attente de vous&#xa0;: %n</numerusform>
            <numerusform>en attente de vous&#xa0;: %n</numerusform>
        </translation>
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
    <name>FindingCard</name>
    <message>
        <source>Rule: {rule}</source>
        <translation>Règle&#xa0;: {rule}</translation>
    </message>
    <message>
        <source>The phone refused to remove it: see the steps (IT may have to act).</source>
        <translation>Le téléphone a refusé de la supprimer&#xa0;: voyez les étapes (le service informatique devra peut-être intervenir).</translation>
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
    <message>
        <source>Connected to the fleet database; {pending} rows waiting to be sent.</source>
        <translation>Connecté à la base de la flotte&#xa0;; {pending} lignes en attente d’envoi.</translation>
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
        <source>Devices that still need action</source>
        <translation>Appareils qui demandent encore une action</translation>
    </message>
    <message>
        <source>Stations that are behind</source>
        <translation>Postes en retard</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>action required</source>
        <translation>action requise</translation>
    </message>
    <message>
        <source>not compliant</source>
        <translation>non conforme</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>inachevé</translation>
    </message>
    <message>
        <source>No device reported yet.</source>
        <translation>Aucun appareil signalé pour l’instant.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Name, model, serial or UDID (part of it)</source>
        <translation>Nom, modèle, numéro de série ou UDID (en tout ou partie)</translation>
    </message>
    <message>
        <source>Save receipt (signed JSON)…</source>
        <translation>Enregistrer le reçu (JSON signé)…</translation>
    </message>
    <message numerus="yes">
        <source>Audits: %n</source>
        <translation>
            <numerusform>Vérifications&#xa0;: %n</numerusform>
            <numerusform>Vérifications&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit matches these filters.</source>
        <translation>Aucune vérification ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>{n} audits exported to {path}</source>
        <translation>{n} vérifications exportées dans {path}</translation>
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
        <source>&amp;About App Audit</source>
        <translation>À &amp;propos d’App Audit</translation>
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
        <source>Phones being checked again: %n</source>
        <translation>
            <numerusform>Téléphones en cours de nouvelle vérification&#xa0;: %n</numerusform>
            <numerusform>Téléphones en cours de nouvelle vérification&#xa0;: %n</numerusform>
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
    <message>
        <source>The new policy withdrew rules: {n} device(s) restored without their phone.</source>
        <translation>La nouvelle règle a retiré des règles&#xa0;: {n} appareil(s) rétabli(s) sans leur téléphone.</translation>
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
    <name>Presenter</name>
    <message>
        <source>Try again. If it happens again, send the log file to IT: {path}</source>
        <translation>Réessayez. Si cela se reproduit, envoyez le fichier journal au service informatique&#xa0;: {path}</translation>
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
        <source>%v of %m apps</source>
        <translation>%v applis sur %m</translation>
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
    <name>TicketText</name>
    <message>
        <source>UDID</source>
        <translation>UDID</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>No check yet.</source>
        <translation>Pas encore de vérification.</translation>
    </message>
    <message>
        <source>No findings: no app on this phone breaks the policy.</source>
        <translation>Aucun constat&#xa0;: aucune appli de ce téléphone n’enfreint la règle.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source> · rule: {rule}</source>
        <translation> · règle&#xa0;: {rule}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Apps checked</source>
        <translation>Applis vérifiées</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>VisitStory</name>
    <message>
        <source> from user {user}</source>
        <translation> de l’utilisateur {user}</translation>
    </message>
    <message>
        <source>{app}: removed at {when}</source>
        <translation>{app}&#xa0;: supprimée le {when}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sans raison donnée</translation>
    </message>
    <message>
        <source>{app}: NOT removed at {when} ({why})</source>
        <translation>{app}&#xa0;: NON supprimée le {when} ({why})</translation>
    </message>
    <message>
        <source>Mail access: unchanged by this check (the mail system was last told by audit #{n}).</source>
        <translation>Accès à la messagerie&#xa0;: inchangé par cette vérification (la messagerie a été informée pour la dernière fois par l’audit n°&#xa0;{n}).</translation>
    </message>
    <message>
        <source>Checked for {person}</source>
        <translation>Vérifié pour {person}</translation>
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
        <source>Official check</source>
        <translation>Vérification officielle</translation>
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
        <source>Removed</source>
        <translation>Supprimé</translation>
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
        <source>Receipt signed by this station&apos;s key {key}.</source>
        <translation>Reçu signé par la clé de ce poste {key}.</translation>
    </message>
    <message>
        <source>To verify: save it with “Save receipt (signed JSON)…” and run `app-audit receipt verify FILE --key STATION.pub` (the station&apos;s key: `app-audit receipt key`). `app-audit history verify --against FOLDER` checks the station&apos;s history against the receipts in FOLDER.</source>
        <translation>Pour le vérifier&#xa0;: enregistrez-le avec «&#xa0;Enregistrer le reçu (JSON signé)…&#xa0;» et lancez `app-audit receipt verify FILE --key STATION.pub` (la clé du poste&#xa0;: `app-audit receipt key`). `app-audit history verify --against FOLDER` compare l’historique du poste aux reçus du dossier FOLDER.</translation>
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
        <source>unlock {profile}</source>
        <translation>déverrouillez {profile}</translation>
    </message>
    <message>
        <source>{profile} could not be read</source>
        <translation>{profile} n’a pas pu être lu</translation>
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
</context>
</TS>
