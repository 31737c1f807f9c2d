<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>Wording</source>
        <comment>unlock {profile}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <comment>{profile} could not be read</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <comment>the app list came back incomplete</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <comment>part of the phone could not be read</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <comment>Not fully checked: {what}, then Check again.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppTableView</name>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Remove all flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail access</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove all flagged (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;Don&apos;t Trust&quot; was tapped on this iPhone, so it will not answer this computer. After the reset it asks &quot;Trust This Computer?&quot; again: tap Trust, then the check starts.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Remove these apps from {phone}?

{apps}

Each app and its data on that profile are deleted. The phone is checked again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove all (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove all flagged apps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Check all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Phones: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>need action: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting for you: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <source>Rule: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone refused to remove it: see the steps (IT may have to act).</source>
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
    <message>
        <source>Connected to the fleet database; {pending} rows waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet link failed</source>
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
        <source>Devices that still need action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations that are behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device reported yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Name, model, serial or UDID (part of it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audits: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No audit matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} audits exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the history</source>
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
        <source>&amp;About App Audit</source>
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
        <source>Phones being checked again: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>Policy</name>
    <message>
        <source>The new policy withdrew rules: {n} device(s) restored without their phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retraction takes effect at {at}; load it again after that time to restore the devices it blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy was not accepted on this station; its checks are informational</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Try again. If it happens again, send the log file to IT: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalPanel</name>
    <message>
        <source>%v of %m apps</source>
        <translation type="unfinished"></translation>
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
</TS>
