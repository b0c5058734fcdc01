<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Berth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berth icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application name and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop deployment manager for self-hosting with Kamal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works with the same servers as the kamal command-line tool: you can switch between them at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the versions to the clipboard, for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Gui::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder of a Kamal project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Berth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which config/deploy.&lt;destination&gt;.yml is merged over deploy.yml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Kamal Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Berth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Gui::PlaceholderPage</name>
    <message>
        <source>Configuration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (only the default configuration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found in .kamal/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;In this project:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Gui::WelcomePage</name>
    <message>
        <source>Berth logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Berth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy your apps to your own servers with Kamal — and see every step. Open the folder of a Kamal project: the one that contains config/deploy.yml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is not available right now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::KeychainSecretStore</name>
    <message>
        <source>%1 is not in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to %1. Unlock the keychain and allow Berth to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure keychain is available for %1. On Linux, install and unlock a Secret Service provider such as GNOME Keyring or KWallet; on Windows and macOS, sign in to your user account&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain accepted a value but did not give it back. Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BerthCli</name>
    <message>
        <source>berth-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berth&apos;s command line: the same engine as the desktop app, for CI and scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --version: also the library versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info [PROJECT]   Show what Berth finds in a Kamal project folder (default: the current folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli: no command given. Run “berth-cli --help” to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth-cli: unknown command “%1”. Run “berth-cli --help” to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkInfo</name>
    <message>
        <source>no TLS backend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit config/deploy.yml and its destinations through forms, with Kamal&apos;s own validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep passwords and keys in the system keychain instead of a .env file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the plan, deploy, and follow every step on every host as it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions kept on your servers, which one is live, and one-click rollback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your hosts, their containers, logs, accessories and the deploy lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse, take, verify and restore the encrypted Postgres backups in your bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming next: forms for every section of deploy.yml (service, servers and roles, proxy, environment, registry, builder, SSH, accessories, aliases), live validation with Kamal&apos;s messages, and a diff before every save that keeps your comments and ERB tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming: the variables your project uses with where each comes from (keychain, environment, command or missing), values kept in the system keychain, and a guided import of your .env file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming: the exact commands per host before anything runs, Start and Cancel, and a live timeline of build, push, lock, pull, health check and proxy switch on every host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming: per role, the versions your servers keep, with git subject and date, which one is live, and Roll back on each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming: one card per host with reachability, Docker, the proxy, app containers and accessories, followed logs, and the deploy lock with a safe release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming: backup freshness against the schedule, a retention preview, and Back up now, Download, Verify and Restore for every backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a file. Choose the project folder that contains config/deploy.yml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no config/deploy.yml, so it is not a Kamal project yet. Choose the folder that contains config/deploy.yml, or run “kamal init” in this folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berth cannot read “%1”. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>Could not start an SSH session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1:%2. Check that the server is on, that the address and port are right, and that a firewall lets SSH through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not present a host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check %1&apos;s host key against “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add %1&apos;s host key to the known hosts file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH agent has no key that %1 accepts. Add your key with “ssh-add”, or set the key file in the SSH settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the private key “%1”. Check that the file exists and is an unencrypted OpenSSH private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the key “%2”. Check that its public key is in the server&apos;s authorized_keys for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a channel to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to run a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke while “%2” was running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s while running “%3”; the connection is probably lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Berth: deploy to your own servers with Kamal, and see every step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kamal project folder to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page to show: config, secrets, deploy, releases, servers or backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance: system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language, e.g. de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to the file once it is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown color scheme “%1”; use system, light or dark.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the screenshot to “%1”.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
