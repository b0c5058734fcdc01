<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Berth</source>
        <translation>Über Berth</translation>
    </message>
    <message>
        <source>Berth icon</source>
        <translation>Berth-Symbol</translation>
    </message>
    <message>
        <source>Application name and version</source>
        <translation>Programmname und Version</translation>
    </message>
    <message>
        <source>A desktop deployment manager for self-hosting with Kamal.</source>
        <translation>Eine Desktop-Anwendung zum Ausliefern auf eigene Server mit Kamal.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>Library versions</source>
        <translation>Bibliotheksversionen</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Works with the same servers as the kamal command-line tool: you can switch between them at any time.</source>
        <translation>Arbeitet mit denselben Servern wie das Kommandozeilenwerkzeug kamal: Sie können jederzeit zwischen beiden wechseln.</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the versions to the clipboard, for a bug report</source>
        <translation>Die Versionen in die Zwischenablage kopieren, für einen Fehlerbericht</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the folder of a Kamal project</source>
        <translation>Den Ordner eines Kamal-Projekts öffnen</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Berth</source>
        <translation>Über &amp;Berth</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Which config/deploy.&lt;destination&gt;.yml is merged over deploy.yml</source>
        <translation>Welche config/deploy.&lt;Ziel&gt;.yml über deploy.yml gelegt wird</translation>
    </message>
    <message>
        <source>Default destination</source>
        <translation>Standardziel</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Open Kamal Project</source>
        <translation>Kamal-Projekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Projects</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>%1 — Berth</source>
        <translation>%1 — Berth</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::PlaceholderPage</name>
    <message>
        <source>Configuration:</source>
        <translation>Konfiguration:</translation>
    </message>
    <message>
        <source>Destinations:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <source>none (only the default configuration)</source>
        <translation>keine (nur die Standardkonfiguration)</translation>
    </message>
    <message>
        <source>Secrets files:</source>
        <translation>Geheimnisdateien:</translation>
    </message>
    <message>
        <source>none found in .kamal/</source>
        <translation>keine in .kamal/ gefunden</translation>
    </message>
    <message>
        <source>&lt;p&gt;In this project:&lt;/p&gt;</source>
        <translation>&lt;p&gt;In diesem Projekt:&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::WelcomePage</name>
    <message>
        <source>Berth logo</source>
        <translation>Berth-Logo</translation>
    </message>
    <message>
        <source>Welcome to Berth</source>
        <translation>Willkommen bei Berth</translation>
    </message>
    <message>
        <source>Deploy your apps to your own servers with Kamal — and see every step. Open the folder of a Kamal project: the one that contains config/deploy.yml.</source>
        <translation>Liefern Sie Ihre Apps mit Kamal auf Ihre eigenen Server aus — und sehen Sie jeden Schritt. Öffnen Sie den Ordner eines Kamal-Projekts: den, der config/deploy.yml enthält.</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>This folder is not available right now.</source>
        <translation>Dieser Ordner ist gerade nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>Berth::KeychainSecretStore</name>
    <message>
        <source>%1 is not in the keychain.</source>
        <translation>%1 ist nicht im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The keychain refused access to %1. Unlock the keychain and allow Berth to use it.</source>
        <translation>Der Schlüsselbund verweigert den Zugriff auf %1. Entsperren Sie den Schlüsselbund und erlauben Sie Berth den Zugriff.</translation>
    </message>
    <message>
        <source>No secure keychain is available for %1. On Linux, install and unlock a Secret Service provider such as GNOME Keyring or KWallet; on Windows and macOS, sign in to your user account&apos;s keychain.</source>
        <translation>Für %1 ist kein sicherer Schlüsselbund verfügbar. Installieren und entsperren Sie unter Linux einen Secret-Service-Anbieter wie GNOME Keyring oder KWallet; melden Sie sich unter Windows und macOS am Schlüsselbund Ihres Benutzerkontos an.</translation>
    </message>
    <message>
        <source>The keychain accepted a value but did not give it back. Unlock the keychain and try again.</source>
        <translation>Der Schlüsselbund hat einen Wert angenommen, aber nicht zurückgegeben. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>BerthCli</name>
    <message>
        <source>berth-cli: %1</source>
        <translation>berth-cli: %1</translation>
    </message>
    <message>
        <source>Project:      %1</source>
        <translation>Projekt:      %1</translation>
    </message>
    <message>
        <source>Folder:       %1</source>
        <translation>Ordner:       %1</translation>
    </message>
    <message>
        <source>Config:       %1</source>
        <translation>Konfiguration: %1</translation>
    </message>
    <message>
        <source>Destinations: %1</source>
        <translation>Ziele:        %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Secrets:      %1</source>
        <translation>Geheimnisse:  %1</translation>
    </message>
    <message>
        <source>Berth&apos;s command line: the same engine as the desktop app, for CI and scripts.</source>
        <translation>Die Kommandozeile von Berth: derselbe Kern wie die Desktop-Anwendung, für CI und Skripte.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Die Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>With --version: also the library versions.</source>
        <translation>Mit --version: auch die Bibliotheksversionen.</translation>
    </message>
    <message>
        <source>info [PROJECT]   Show what Berth finds in a Kamal project folder (default: the current folder).</source>
        <translation>info [PROJEKT]   Zeigen, was Berth in einem Kamal-Projektordner findet (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <source>berth-cli: no command given. Run “berth-cli --help” to see the commands.</source>
        <translation>berth-cli: kein Befehl angegeben. „berth-cli --help“ zeigt die Befehle.</translation>
    </message>
    <message>
        <source>berth-cli: unknown command “%1”. Run “berth-cli --help” to see the commands.</source>
        <translation>berth-cli: unbekannter Befehl „%1“. „berth-cli --help“ zeigt die Befehle.</translation>
    </message>
</context>
<context>
    <name>NetworkInfo</name>
    <message>
        <source>no TLS backend</source>
        <translation>kein TLS-Backend</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Ausliefern</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Edit config/deploy.yml and its destinations through forms, with Kamal&apos;s own validation.</source>
        <translation>config/deploy.yml und ihre Ziele in Formularen bearbeiten, mit Kamals eigener Prüfung.</translation>
    </message>
    <message>
        <source>Keep passwords and keys in the system keychain instead of a .env file.</source>
        <translation>Passwörter und Schlüssel im Schlüsselbund des Systems statt in einer .env-Datei aufbewahren.</translation>
    </message>
    <message>
        <source>See the plan, deploy, and follow every step on every host as it happens.</source>
        <translation>Den Plan sehen, ausliefern und jeden Schritt auf jedem Host live verfolgen.</translation>
    </message>
    <message>
        <source>The versions kept on your servers, which one is live, and one-click rollback.</source>
        <translation>Die auf Ihren Servern gehaltenen Versionen, welche live ist, und Zurückrollen mit einem Klick.</translation>
    </message>
    <message>
        <source>Your hosts, their containers, logs, accessories and the deploy lock.</source>
        <translation>Ihre Hosts, ihre Container, Protokolle, Zubehördienste und die Auslieferungssperre.</translation>
    </message>
    <message>
        <source>Browse, take, verify and restore the encrypted Postgres backups in your bucket.</source>
        <translation>Die verschlüsselten Postgres-Sicherungen in Ihrem Bucket ansehen, anlegen, prüfen und wiederherstellen.</translation>
    </message>
    <message>
        <source>Coming next: forms for every section of deploy.yml (service, servers and roles, proxy, environment, registry, builder, SSH, accessories, aliases), live validation with Kamal&apos;s messages, and a diff before every save that keeps your comments and ERB tags.</source>
        <translation>Als Nächstes: Formulare für jeden Abschnitt von deploy.yml (Dienst, Server und Rollen, Proxy, Umgebung, Registry, Builder, SSH, Zubehör, Aliase), Prüfung beim Tippen mit Kamals Meldungen und vor jedem Speichern ein Diff, das Ihre Kommentare und ERB-Tags erhält.</translation>
    </message>
    <message>
        <source>Coming: the variables your project uses with where each comes from (keychain, environment, command or missing), values kept in the system keychain, and a guided import of your .env file.</source>
        <translation>Demnächst: die Variablen Ihres Projekts mit ihrer Herkunft (Schlüsselbund, Umgebung, Befehl oder fehlend), Werte im Schlüsselbund des Systems und ein geführter Import Ihrer .env-Datei.</translation>
    </message>
    <message>
        <source>Coming: the exact commands per host before anything runs, Start and Cancel, and a live timeline of build, push, lock, pull, health check and proxy switch on every host.</source>
        <translation>Demnächst: die genauen Befehle je Host, bevor etwas läuft, Start und Abbrechen und eine Live-Zeitleiste von Build, Push, Sperre, Pull, Gesundheitsprüfung und Proxy-Umschaltung auf jedem Host.</translation>
    </message>
    <message>
        <source>Coming: per role, the versions your servers keep, with git subject and date, which one is live, and Roll back on each.</source>
        <translation>Demnächst: je Rolle die Versionen auf Ihren Servern mit Git-Betreff und Datum, welche live ist, und Zurückrollen für jede.</translation>
    </message>
    <message>
        <source>Coming: one card per host with reachability, Docker, the proxy, app containers and accessories, followed logs, and the deploy lock with a safe release.</source>
        <translation>Demnächst: eine Karte je Host mit Erreichbarkeit, Docker, dem Proxy, App-Containern und Zubehör, mitlaufenden Protokollen und der Auslieferungssperre mit sicherem Freigeben.</translation>
    </message>
    <message>
        <source>Coming: backup freshness against the schedule, a retention preview, and Back up now, Download, Verify and Restore for every backup.</source>
        <translation>Demnächst: Aktualität der Sicherungen gemessen am Zeitplan, eine Vorschau der Aufbewahrung und Jetzt sichern, Herunterladen, Prüfen und Wiederherstellen für jede Sicherung.</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a file. Choose the project folder that contains config/deploy.yml.</source>
        <translation>„%1“ ist eine Datei. Wählen Sie den Projektordner, der config/deploy.yml enthält.</translation>
    </message>
    <message>
        <source>“%1” has no config/deploy.yml, so it is not a Kamal project yet. Choose the folder that contains config/deploy.yml, or run “kamal init” in this folder first.</source>
        <translation>„%1“ enthält keine config/deploy.yml und ist daher noch kein Kamal-Projekt. Wählen Sie den Ordner, der config/deploy.yml enthält, oder führen Sie zuerst „kamal init“ in diesem Ordner aus.</translation>
    </message>
    <message>
        <source>Berth cannot read “%1”. Check the file&apos;s permissions.</source>
        <translation>Berth kann „%1“ nicht lesen. Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>Could not start an SSH session.</source>
        <translation>Es konnte keine SSH-Sitzung gestartet werden.</translation>
    </message>
    <message>
        <source>Could not connect to %1:%2. Check that the server is on, that the address and port are right, and that a firewall lets SSH through.</source>
        <translation>Keine Verbindung zu %1:%2. Prüfen Sie, ob der Server läuft, ob Adresse und Port stimmen und ob eine Firewall SSH durchlässt.</translation>
    </message>
    <message>
        <source>%1 did not present a host key.</source>
        <translation>%1 hat keinen Host-Schlüssel vorgelegt.</translation>
    </message>
    <message>
        <source>Could not check %1&apos;s host key against “%2”.</source>
        <translation>Der Host-Schlüssel von %1 konnte nicht mit „%2“ abgeglichen werden.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Could not add %1&apos;s host key to the known hosts file.</source>
        <translation>Der Host-Schlüssel von %1 konnte nicht in die Datei der bekannten Hosts eingetragen werden.</translation>
    </message>
    <message>
        <source>The SSH agent has no key that %1 accepts. Add your key with “ssh-add”, or set the key file in the SSH settings.</source>
        <translation>Der SSH-Agent hat keinen Schlüssel, den %1 annimmt. Fügen Sie Ihren Schlüssel mit „ssh-add“ hinzu oder geben Sie die Schlüsseldatei in den SSH-Einstellungen an.</translation>
    </message>
    <message>
        <source>Could not read the private key “%1”. Check that the file exists and is an unencrypted OpenSSH private key.</source>
        <translation>Der private Schlüssel „%1“ konnte nicht gelesen werden. Prüfen Sie, ob die Datei existiert und ein unverschlüsselter privater OpenSSH-Schlüssel ist.</translation>
    </message>
    <message>
        <source>%1 refused the key “%2”. Check that its public key is in the server&apos;s authorized_keys for this user.</source>
        <translation>%1 hat den Schlüssel „%2“ abgelehnt. Prüfen Sie, ob sein öffentlicher Schlüssel in den authorized_keys dieses Benutzers auf dem Server steht.</translation>
    </message>
    <message>
        <source>Could not open a channel to %1.</source>
        <translation>Es konnte kein Kanal zu %1 geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 refused to run a command.</source>
        <translation>%1 hat die Ausführung eines Befehls verweigert.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The connection to %1 broke while “%2” was running.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen, während „%2“ lief.</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s while running “%3”; the connection is probably lost.</source>
        <translation>%1 hat %2 s lang nichts gesendet, während „%3“ lief; die Verbindung ist vermutlich verloren.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Berth: deploy to your own servers with Kamal, and see every step.</source>
        <translation>Berth: mit Kamal auf eigene Server ausliefern und jeden Schritt sehen.</translation>
    </message>
    <message>
        <source>Kamal project folder to open.</source>
        <translation>Zu öffnender Kamal-Projektordner.</translation>
    </message>
    <message>
        <source>Page to show: config, secrets, deploy, releases, servers or backups.</source>
        <translation>Anzuzeigende Seite: config, secrets, deploy, releases, servers oder backups.</translation>
    </message>
    <message>
        <source>Appearance: system, light or dark.</source>
        <translation>Erscheinungsbild: system, light oder dark.</translation>
    </message>
    <message>
        <source>User interface language, e.g. de.</source>
        <translation>Sprache der Oberfläche, z. B. de.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation>Fenstergröße, z. B. 1280x800.</translation>
    </message>
    <message>
        <source>Save a picture of the window to the file once it is shown, then quit.</source>
        <translation>Ein Bild des Fensters in der Datei speichern, sobald es angezeigt wird, dann beenden.</translation>
    </message>
    <message>
        <source>Unknown color scheme “%1”; use system, light or dark.
</source>
        <translation>Unbekanntes Farbschema „%1“; verwenden Sie system, light oder dark.
</translation>
    </message>
    <message>
        <source>Could not write the screenshot to “%1”.
</source>
        <translation>Das Bildschirmfoto konnte nicht nach „%1“ geschrieben werden.
</translation>
    </message>
</context>
</TS>
