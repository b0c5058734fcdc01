#include "ssh/SshSession.h"

#include "ssh/JumpTunnel.h"
#include "ssh/KnownHosts.h"
#include "ssh/LibsshHandles.h"
#include "ssh/SshConfig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QtEndian>

#include <libssh/libssh.h>
#include <libssh/server.h> // ssh_send_keepalive() is declared here, but works for clients

#include <array>

#include <sys/socket.h>
#include <unistd.h>

namespace Berth::Ssh {

using Detail::ChannelPtr;
using Detail::KeyPtr;
using Detail::SessionPtr;

namespace {

QString libsshError(ssh_session session)
{
    return QString::fromUtf8(ssh_get_error(session));
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString hostKeyFingerprint(ssh_key key)
{
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != SSH_OK)
        return {};
    char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
    QString fingerprint = QString::fromLatin1(text);
    ssh_string_free_char(text);
    ssh_clean_pubkey_hash(&hash);
    return fingerprint;
}

// Whether a private key file needs a passphrase, read from its header — so the user is asked
// only for keys that need it, and a damaged key is not mistaken for a locked one.
bool isEncryptedKey(const QByteArray &text)
{
    if (text.contains("Proc-Type: 4,ENCRYPTED") || text.contains("BEGIN ENCRYPTED PRIVATE KEY"))
        return true;
    static const QByteArray begin = "-----BEGIN OPENSSH PRIVATE KEY-----";
    static const QByteArray end = "-----END OPENSSH PRIVATE KEY-----";
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = text.indexOf(end);
    if (from < 0 || to < from)
        return false;
    // "openssh-key-v1\0", then the cipher name as a uint32-length-prefixed string.
    const QByteArray blob = QByteArray::fromBase64(
        text.mid(from + begin.size(), to - from - begin.size()).simplified().replace(' ', ""));
    static const QByteArray magic("openssh-key-v1\0", 15);
    if (!blob.startsWith(magic) || blob.size() < magic.size() + 4)
        return false;
    const auto length = qFromBigEndian<quint32>(blob.constData() + magic.size());
    return blob.mid(magic.size() + 4, length) != "none";
}

QByteArray readKeyFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Endpoint
{
    QString user;
    QString host;
    int port = 22;
};

// "[user@]host[:port]", with "[v6-address]:port" as OpenSSH writes it.
std::optional<Endpoint> parseJumpSpec(const QString &spec)
{
    Endpoint endpoint;
    QString rest = spec.trimmed();
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        endpoint.user = rest.left(at);
        rest = rest.mid(at + 1);
    }
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        portText = rest.mid(close + 1);
        rest = rest.mid(1, close - 1);
        if (!portText.isEmpty() && !portText.startsWith(QLatin1Char(':')))
            return std::nullopt;
        portText = portText.mid(1);
    } else if (rest.count(QLatin1Char(':')) == 1) {
        portText = rest.section(QLatin1Char(':'), 1);
        rest = rest.section(QLatin1Char(':'), 0, 0);
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        endpoint.port = portText.toInt(&ok);
        if (!ok || endpoint.port <= 0 || endpoint.port > 65535)
            return std::nullopt;
    }
    endpoint.host = rest;
    if (endpoint.host.isEmpty())
        return std::nullopt;
    return endpoint;
}

// The key material of one connect(), shared by the jump host and the target.
struct Credentials
{
    QStringList keyFiles;
    QList<QByteArray> keyData;
    bool keysOnly = false;
    PassphraseProvider passphraseProvider;
    JumpHostKeyQuestion trustJumpHostKey;
    // Asked once per key file per connect(): the answer, or why there is none.
    QHash<QString, QString> passphrases;
    QHash<QString, Error> passphraseErrors;
};

// Steps of connect()/authenticate() shared by both hops. A class only to give tr() the
// Session's translation context.
class Steps
{
    Q_DECLARE_TR_FUNCTIONS(SshSession)

public:
    struct Target
    {
        Endpoint endpoint;
        QString knownHostsFile;
        std::chrono::seconds timeout {10};
        int socket = -1; // an already connected descriptor (jump tunnel), or -1
        QString proxyCommand;
    };

    static Result<SessionPtr> open(const Target &target)
    {
        SessionPtr session(ssh_new());
        if (!session)
            return fail(QStringLiteral("ssh.out-of-memory"), tr("Could not start an SSH session."));
        const QByteArray host = target.endpoint.host.toUtf8();
        const QByteArray user = target.endpoint.user.toUtf8();
        const int port = target.endpoint.port;
        const long timeout = static_cast<long>(target.timeout.count());
        // Berth reads the ssh config files itself (SshConfig.h), so libssh must not apply
        // ~/.ssh/config on its own behind the resolved settings.
        const int noConfig = 0;
        const QByteArray knownHostsPath = native(target.knownHostsFile).toUtf8();
        ssh_options_set(session.get(), SSH_OPTIONS_HOST, host.constData());
        ssh_options_set(session.get(), SSH_OPTIONS_PORT, &port);
        if (!user.isEmpty())
            ssh_options_set(session.get(), SSH_OPTIONS_USER, user.constData());
        ssh_options_set(session.get(), SSH_OPTIONS_TIMEOUT, &timeout);
        ssh_options_set(session.get(), SSH_OPTIONS_PROCESS_CONFIG, &noConfig);
        // Small packets at once: with Nagle's algorithm every short command waited for the
        // server's delayed ACK (about 40 ms each).
        const int noDelay = 1;
        ssh_options_set(session.get(), SSH_OPTIONS_NODELAY, &noDelay);
        ssh_options_set(session.get(), SSH_OPTIONS_KNOWNHOSTS, knownHostsPath.constData());
        if (target.socket >= 0) {
            socket_t fd = target.socket;
            ssh_options_set(session.get(), SSH_OPTIONS_FD, &fd);
        }
        if (!target.proxyCommand.isEmpty()) {
            const QByteArray command = target.proxyCommand.toUtf8();
            if (ssh_options_set(session.get(), SSH_OPTIONS_PROXYCOMMAND, command.constData())
                != SSH_OK)
                return fail(QStringLiteral("ssh.proxy-command-unsupported"),
                            tr("This system's libssh cannot run a proxy command. Use a jump host "
                               "(ssh.proxy) instead of ssh.proxy_command."),
                            libsshError(session.get()));
        }
        if (ssh_connect(session.get()) != SSH_OK)
            return fail(QStringLiteral("ssh.connect"),
                        tr("Could not connect to %1:%2. Check that the server is on, that the "
                           "address and port are right, and that a firewall lets SSH through.")
                            .arg(target.endpoint.host)
                            .arg(target.endpoint.port),
                        libsshError(session.get()));
        return session;
    }

    static Result<HostKey> hostKey(ssh_session session, const Target &target)
    {
        ssh_key rawKey = nullptr;
        if (ssh_get_server_publickey(session, &rawKey) != SSH_OK)
            return fail(QStringLiteral("ssh.host-key"),
                        tr("%1 did not present a host key.").arg(target.endpoint.host),
                        libsshError(session));
        const KeyPtr serverKey(rawKey);
        HostKey hostKey;
        hostKey.type = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(serverKey.get())));
        hostKey.sha256Fingerprint = hostKeyFingerprint(serverKey.get());
        const QString &host = target.endpoint.host;
        const int port = target.endpoint.port;
        const QString file = native(target.knownHostsFile);
        switch (ssh_session_is_known_server(session)) {
        case SSH_KNOWN_HOSTS_OK: hostKey.state = HostKeyState::Known; break;
        case SSH_KNOWN_HOSTS_CHANGED:
        case SSH_KNOWN_HOSTS_OTHER: {
            hostKey.state = HostKeyState::Changed;
            hostKey.knownHostsFile = file;
            hostKey.knownHostsLine = findKnownHostsLine(target.knownHostsFile, host, port);
            const QString name = port == 22 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
            const QString removeCommand = QStringLiteral("ssh-keygen -R %1 -f %2").arg(name, file);
            hostKey.advice = hostKey.knownHostsLine > 0
                ? tr("The host key of %1 has changed: the server now presents %2 %3, but "
                     "line %4 of “%5” holds another key for it. Someone may be "
                     "intercepting the connection (a man-in-the-middle attack), so Berth "
                     "stops here. If you know the server was rebuilt or its SSH keys were "
                     "regenerated, delete line %4 of “%5” (or run “%6”), then connect "
                     "again and check the new fingerprint.")
                      .arg(name, hostKey.type, hostKey.sha256Fingerprint)
                      .arg(hostKey.knownHostsLine)
                      .arg(file, removeCommand)
                : tr("The host key of %1 has changed: the server now presents %2 %3, but "
                     "“%4” holds another key for it. Someone may be intercepting the "
                     "connection (a man-in-the-middle attack), so Berth stops here. If you "
                     "know the server was rebuilt or its SSH keys were regenerated, run "
                     "“%5”, then connect again and check the new fingerprint.")
                      .arg(name, hostKey.type, hostKey.sha256Fingerprint, file, removeCommand);
            break;
        }
        case SSH_KNOWN_HOSTS_UNKNOWN:
        case SSH_KNOWN_HOSTS_NOT_FOUND:
            hostKey.state = HostKeyState::Unknown;
            hostKey.advice = tr("%1 is not in “%2” yet. It presents the key %3 %4: compare "
                                "that fingerprint with the server's own (“ssh-keygen -lf "
                                "/etc/ssh/ssh_host_ed25519_key.pub” on the server) before "
                                "trusting it.")
                                 .arg(host, file, hostKey.type, hostKey.sha256Fingerprint);
            break;
        case SSH_KNOWN_HOSTS_ERROR:
            return fail(QStringLiteral("ssh.known-hosts"),
                        tr("Could not check %1's host key against “%2”.").arg(host, file),
                        libsshError(session));
        }
        return hostKey;
    }

    static Result<KeyPtr> loadKeyFile(const QString &path, Credentials &credentials)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("ssh.key-file"),
                        tr("Could not read the private key “%1”: %2.")
                            .arg(native(path), file.errorString()));
        const bool encrypted = isEncryptedKey(file.readAll());
        std::optional<QString> passphrase;
        if (encrypted) {
            const QString id = QFileInfo(path).absoluteFilePath();
            if (!credentials.passphrases.contains(id)
                && !credentials.passphraseErrors.contains(id)) {
                Result<QString> answer = credentials.passphraseProvider
                    ? credentials.passphraseProvider(path)
                    : fail(QStringLiteral("ssh.key-passphrase"),
                           tr("The private key “%1” is protected by a passphrase, and none was "
                              "given.")
                               .arg(native(path)));
                if (answer)
                    credentials.passphrases.insert(id, *answer);
                else
                    credentials.passphraseErrors.insert(id, answer.error());
            }
            if (credentials.passphraseErrors.contains(id))
                return unexpected(credentials.passphraseErrors.value(id));
            passphrase = credentials.passphrases.value(id);
        }
        const QByteArray pathBytes = native(path).toUtf8();
        const QByteArray passphraseBytes = passphrase ? passphrase->toUtf8() : QByteArray();
        ssh_key rawKey = nullptr;
        if (ssh_pki_import_privkey_file(pathBytes.constData(),
                                        passphrase ? passphraseBytes.constData() : nullptr, nullptr,
                                        nullptr, &rawKey)
            != SSH_OK) {
            if (encrypted)
                return fail(
                    QStringLiteral("ssh.key-passphrase-wrong"),
                    tr("The passphrase for the private key “%1” is wrong.").arg(native(path)));
            return fail(QStringLiteral("ssh.key-file"),
                        tr("Could not read the private key “%1”. Check that the file is an "
                           "OpenSSH or PEM private key.")
                            .arg(native(path)));
        }
        return KeyPtr(rawKey);
    }

    static Result<void> authenticate(ssh_session session, const QString &who,
                                     Credentials &credentials)
    {
        QStringList refused;
        std::optional<Error> keyProblem;
        // SSH_AUTH_ERROR is not a refusal: the connection broke (a host that drops off the
        // network mid-login), and SSH_AUTH_AGAIN on this blocking session means the server's
        // answer did not come within the timeout. Saying "refused the key" then would send the
        // user the wrong way.
        bool broken = false;
        const auto tryKey = [&](ssh_key key) {
            const int result = ssh_userauth_publickey(session, nullptr, key);
            broken = result == SSH_AUTH_ERROR || result == SSH_AUTH_AGAIN;
            return result == SSH_AUTH_SUCCESS;
        };
        const auto brokenError = [&] {
            return fail(QStringLiteral("ssh.read"),
                        tr("The connection to %1 broke while logging in.").arg(who),
                        libsshError(session));
        };
        QStringList files = credentials.keyFiles;
        const bool nothingConfigured = files.isEmpty() && credentials.keyData.isEmpty();
        // As OpenSSH and net-ssh: without configured keys, the usual files are tried (after
        // the agent), if they exist.
        if (nothingConfigured) {
            for (const char *name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
                const QString path
                    = QDir::home().filePath(QStringLiteral(".ssh/") + QLatin1String(name));
                if (QFileInfo::exists(path))
                    files.append(path);
            }
        }
        bool agentTried = false;
        if (!credentials.keysOnly && nothingConfigured) {
            agentTried = true;
            if (ssh_userauth_agent(session, nullptr) == SSH_AUTH_SUCCESS)
                return {};
        }
        for (const QString &path : std::as_const(files)) {
            // A key the agent holds unlocked needs no passphrase: try the agent before asking.
            if (!credentials.keysOnly && !agentTried && isEncryptedKeyFile(path)) {
                agentTried = true;
                if (ssh_userauth_agent(session, nullptr) == SSH_AUTH_SUCCESS)
                    return {};
            }
            Result<KeyPtr> key = loadKeyFile(path, credentials);
            if (!key) {
                keyProblem = key.error();
                continue;
            }
            if (tryKey(key->get()))
                return {};
            if (broken)
                return brokenError();
            refused.append(QStringLiteral("“%1”").arg(native(path)));
        }
        for (qsizetype i = 0; i < credentials.keyData.size(); ++i) {
            ssh_key rawKey = nullptr;
            if (ssh_pki_import_privkey_base64(credentials.keyData.at(i).constData(), nullptr,
                                              nullptr, nullptr, &rawKey)
                != SSH_OK) {
                keyProblem = Error {QStringLiteral("ssh.key-data"),
                                    tr("Key data %1 is not an unencrypted OpenSSH or PEM "
                                       "private key.")
                                        .arg(i + 1),
                                    {}};
                continue;
            }
            const KeyPtr key(rawKey);
            if (tryKey(key.get()))
                return {};
            if (broken)
                return brokenError();
            refused.append(tr("key data %1").arg(i + 1));
        }
        if (!credentials.keysOnly && !agentTried) {
            agentTried = true;
            if (ssh_userauth_agent(session, nullptr) == SSH_AUTH_SUCCESS)
                return {};
        }
        if (!refused.isEmpty())
            return fail(QStringLiteral("ssh.auth-denied"),
                        tr("%1 refused the key %2. Check that its public key is in the server's "
                           "authorized_keys for this user.",
                           nullptr, static_cast<int>(refused.size()))
                            .arg(who, refused.join(QLatin1String(", "))),
                        libsshError(session));
        if (keyProblem)
            return unexpected(*keyProblem);
        if (agentTried)
            // With an empty agent libssh reports an empty error string: say it ourselves.
            return fail(QStringLiteral("ssh.auth-agent"),
                        tr("The SSH agent has no key that %1 accepts. Add your key with "
                           "“ssh-add”, or set the key file in the SSH settings.")
                            .arg(who),
                        libsshError(session));
        return fail(QStringLiteral("ssh.auth-no-key"),
                    tr("No key to log in to %1: keys_only is set, but no key file or key data "
                       "is configured.")
                        .arg(who));
    }

    static Result<std::unique_ptr<JumpTunnel>> openTunnel(const QString &spec, const Target &target,
                                                          const QStringList &configFiles,
                                                          Credentials &credentials)
    {
        if (spec.contains(QLatin1Char(',')))
            return fail(
                QStringLiteral("ssh.jump-chain"),
                tr("The jump host “%1” is a chain of jump hosts; Berth supports one.").arg(spec));
        std::optional<Endpoint> jump = parseJumpSpec(spec);
        if (!jump)
            return fail(
                QStringLiteral("ssh.jump-spec"),
                tr("“%1” is not a jump host; write it as host, user@host or user@host:port.")
                    .arg(spec));
        // The jump host's own settings come from the same config files (OpenSSH does the same),
        // but it is never itself tunnelled: one hop only.
        const HostConfig config = resolveHostConfig(configFiles, jump->host);
        if (jump->user.isEmpty())
            jump->user = config.user;
        if (!spec.contains(QLatin1Char(':')) && config.port)
            jump->port = *config.port;
        if (!config.hostName.isEmpty())
            jump->host = config.hostName;
        const QString name = jump->port == 22
            ? jump->host
            : QStringLiteral("%1:%2").arg(jump->host).arg(jump->port);

        const QString who
            = jump->user.isEmpty() ? name : QStringLiteral("%1@%2").arg(jump->user, name);

        Target hop;
        hop.endpoint = *jump;
        hop.knownHostsFile = target.knownHostsFile;
        hop.timeout = target.timeout;
        Result<SessionPtr> session = open(hop);
        if (!session)
            return fail(
                session.error().code,
                tr("Could not reach the jump host %1. %2").arg(name, session.error().message),
                session.error().detail);
        const Result<HostKey> hopKey = hostKey(session->get(), hop);
        if (!hopKey)
            return unexpected(hopKey.error());
        // The jump host is not shown to the user for a decision: its key must already be known.
        if (hopKey->state == HostKeyState::Changed)
            return fail(QStringLiteral("ssh.jump-host-key-changed"),
                        tr("Berth stopped at the jump host. %1").arg(hopKey->advice));
        const QString loginTarget = jump->user.isEmpty()
            ? jump->host
            : QStringLiteral("%1@%2").arg(jump->user, jump->host);
        const QString loginCommand = jump->port == 22
            ? QStringLiteral("ssh %1").arg(loginTarget)
            : QStringLiteral("ssh -p %1 %2").arg(jump->port).arg(loginTarget);
        if (hopKey->state == HostKeyState::Unknown) {
            if (!credentials.trustJumpHostKey)
                return fail(QStringLiteral("ssh.jump-host-key-unknown"),
                            tr("The jump host's key is not trusted yet. %1 To trust it, log in "
                               "to the jump host once with “%2” and accept its key.")
                                .arg(hopKey->advice, loginCommand));
            if (!credentials.trustJumpHostKey(name, *hopKey))
                return fail(QStringLiteral("ssh.jump-host-key-refused"),
                            tr("Nothing was sent to the jump host %1: its key %2 %3 was not "
                               "trusted. Compare the fingerprint with the server's own, then "
                               "connect again and trust it.")
                                .arg(name, hopKey->type, hopKey->sha256Fingerprint));
            if (ssh_session_update_known_hosts(session->get()) != SSH_OK)
                return fail(
                    QStringLiteral("ssh.known-hosts-write"),
                    tr("Could not add the jump host %1's key to the known hosts file.").arg(name),
                    libsshError(session->get()));
        }

        const QStringList targetKeys = credentials.keyFiles;
        for (const QString &file : config.identityFiles) {
            if (!credentials.keyFiles.contains(file))
                credentials.keyFiles.append(file);
        }
        const Result<void> auth = authenticate(session->get(), who, credentials);
        credentials.keyFiles = targetKeys;
        if (!auth)
            return fail(
                QStringLiteral("ssh.jump-auth"),
                tr("Could not log in to the jump host %1. %2").arg(name, auth.error().message),
                auth.error().detail);

        ChannelPtr channel(ssh_channel_new(session->get()));
        const QByteArray targetHost = target.endpoint.host.toUtf8();
        if (!channel
            || ssh_channel_open_forward(channel.get(), targetHost.constData(), target.endpoint.port,
                                        "127.0.0.1", 0)
                != SSH_OK)
            return fail(
                QStringLiteral("ssh.jump-forward"),
                tr("The jump host %1 could not open a connection to %2:%3. Check that it can "
                   "reach that server and allows TCP forwarding.")
                    .arg(name, target.endpoint.host)
                    .arg(target.endpoint.port),
                libsshError(session->get()));
        std::array<int, 2> sockets {};
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, sockets.data()) != 0)
            return fail(QStringLiteral("ssh.jump-socket"),
                        tr("Could not set up the tunnel through the jump host %1.").arg(name),
                        QString::fromLocal8Bit(strerror(errno)));
        return std::make_unique<JumpTunnel>(std::move(*session), std::move(channel), sockets[0],
                                            sockets[1]);
    }
};

} // namespace

struct Session::Private
{
    ConnectOptions options; // as given
    Endpoint target; // after the ssh config resolved aliases
    Credentials credentials;
    HostKey hostKey;
    bool hostKeyAccepted = false; // known, or trusted by the user in this session
    // Declared before `session`, so it is destroyed after it: the target session's goodbye
    // still travels through the tunnel.
    std::unique_ptr<JumpTunnel> tunnel;
    SessionPtr session;
};

bool isEncryptedKeyFile(const QString &path)
{
    return isEncryptedKey(readKeyFile(path));
}

bool keyFileOpensWith(const QString &path, const QString &passphrase)
{
    const QByteArray pathBytes = native(path).toUtf8();
    const QByteArray passphraseBytes = passphrase.toUtf8();
    ssh_key rawKey = nullptr;
    const bool opened
        = ssh_pki_import_privkey_file(pathBytes.constData(), passphraseBytes.constData(), nullptr,
                                      nullptr, &rawKey)
        == SSH_OK;
    const KeyPtr key(rawKey);
    return opened;
}

Session::Session()
    : d(std::make_unique<Private>())
{ }

Session::~Session() = default;

QString Session::libraryVersion()
{
    return QString::fromLatin1(ssh_version(0));
}

bool Session::isConnected() const
{
    return d->session && ssh_is_connected(d->session.get());
}

QString Session::endpoint() const
{
    return QStringLiteral("%1:%2").arg(d->target.host).arg(d->target.port);
}

Result<HostKey> Session::connect(const ConnectOptions &options)
{
    disconnect();
    d->options = options;
    d->hostKey = {};
    d->hostKeyAccepted = false;

    // Explicit options win over the ssh config files, as net-ssh merges them (Kamal).
    const HostConfig config = resolveHostConfig(options.sshConfigFiles, options.host);
    d->target.host = config.hostName.isEmpty() ? options.host : config.hostName;
    d->target.port = options.port > 0 ? options.port : config.port.value_or(22);
    d->target.user = options.user.isEmpty() ? config.user : options.user;
    Credentials &credentials = d->credentials;
    credentials = {};
    if (!options.identityFile.isEmpty())
        credentials.keyFiles.append(options.identityFile);
    credentials.keyFiles.append(options.identityFiles);
    if (credentials.keyFiles.isEmpty())
        credentials.keyFiles = config.identityFiles;
    credentials.keyData = options.keyData;
    credentials.keysOnly = options.keysOnly || config.identitiesOnly.value_or(false);
    credentials.passphraseProvider = options.passphraseProvider;
    credentials.trustJumpHostKey = options.trustJumpHostKey;
    QString proxyJump = options.proxyJump;
    QString proxyCommand = options.proxyCommand;
    if (proxyJump.isEmpty() && proxyCommand.isEmpty()) {
        proxyJump = config.proxyJump;
        proxyCommand = config.proxyCommand;
    }

    Steps::Target target;
    target.endpoint = d->target;
    target.knownHostsFile = options.knownHostsFile.isEmpty()
        ? QDir::home().filePath(QStringLiteral(".ssh/known_hosts"))
        : options.knownHostsFile;
    target.timeout = options.connectTimeout;
    target.proxyCommand = proxyJump.isEmpty() ? proxyCommand : QString();

    std::unique_ptr<JumpTunnel> tunnel;
    if (!proxyJump.isEmpty()) {
        Result<std::unique_ptr<JumpTunnel>> opened
            = Steps::openTunnel(proxyJump, target, options.sshConfigFiles, credentials);
        if (!opened)
            return unexpected(opened.error());
        tunnel = std::move(*opened);
        target.socket = tunnel->targetSocket();
    }

    Result<SessionPtr> session = Steps::open(target);
    if (!session)
        return unexpected(session.error());
    Result<HostKey> hostKey = Steps::hostKey(session->get(), target);
    if (!hostKey)
        return hostKey;
    d->hostKey = *hostKey;
    d->hostKeyAccepted = hostKey->state == HostKeyState::Known;
    d->tunnel = std::move(tunnel);
    d->session = std::move(*session);
    return hostKey;
}

Result<void> Session::trustHostKey()
{
    if (!isConnected())
        return fail(QStringLiteral("ssh.not-connected"), tr("Not connected."));
    if (d->hostKey.state == HostKeyState::Changed)
        return fail(QStringLiteral("ssh.host-key-changed"), d->hostKey.advice);
    if (ssh_session_update_known_hosts(d->session.get()) != SSH_OK)
        return fail(QStringLiteral("ssh.known-hosts-write"),
                    tr("Could not add %1's host key to the known hosts file.").arg(d->target.host),
                    libsshError(d->session.get()));
    d->hostKeyAccepted = true;
    return {};
}

Result<void> Session::authenticate()
{
    if (!isConnected())
        return fail(QStringLiteral("ssh.not-connected"), tr("Not connected."));
    // Never log in to a server whose key nobody vouched for: the key would go to whoever
    // answered, and commands with secrets would follow.
    if (!d->hostKeyAccepted)
        return fail(d->hostKey.state == HostKeyState::Changed
                        ? QStringLiteral("ssh.host-key-changed")
                        : QStringLiteral("ssh.host-key-unknown"),
                    d->hostKey.advice);
    const QString who = d->target.user.isEmpty()
        ? d->target.host
        : QStringLiteral("%1@%2").arg(d->target.user, d->target.host);
    return Steps::authenticate(d->session.get(), who, d->credentials);
}
Result<ExecResult> Session::exec(const QString &command, const ExecOptions &options)
{
    if (!isConnected())
        return fail(QStringLiteral("ssh.not-connected"), tr("Not connected."));
    ssh_session session = d->session.get();
    ChannelPtr channel(ssh_channel_new(session));
    if (!channel || ssh_channel_open_session(channel.get()) != SSH_OK)
        return fail(QStringLiteral("ssh.channel"),
                    tr("Could not open a channel to %1.").arg(endpoint()), libsshError(session));
    const QByteArray commandBytes = command.toUtf8();
    if (ssh_channel_request_exec(channel.get(), commandBytes.constData()) != SSH_OK)
        // Almost always a connection that dropped after the channel opened (a server that
        // refuses commands is rare), so the runner treats it as a lost connection.
        return fail(
            QStringLiteral("ssh.exec"),
            tr("%1 did not start the command; the connection may have dropped.").arg(endpoint()),
            libsshError(session));
    for (qsizetype sent = 0; sent < options.standardInput.size();) {
        const int n = ssh_channel_write(
            channel.get(), options.standardInput.constData() + sent,
            static_cast<uint32_t>(std::min<qsizetype>(options.standardInput.size() - sent, 32768)));
        if (n == SSH_ERROR)
            return fail(QStringLiteral("ssh.write"),
                        tr("The connection to %1 broke while sending data.").arg(endpoint()),
                        libsshError(session));
        sent += n;
    }
    if (!options.standardInput.isEmpty())
        ssh_channel_send_eof(channel.get());

    ExecResult result;
    std::array<char, 16384> buffer {};
    QElapsedTimer sinceOutput;
    int idleWait = 1; // ms, doubling while the command is quiet
    sinceOutput.start();
    QElapsedTimer sinceKeepalive;
    sinceKeepalive.start();
    const qint64 keepaliveMs = d->options.keepaliveInterval.count();
    for (;;) {
        if (options.cancelRequested && options.cancelRequested->load()) {
            ssh_channel_close(channel.get());
            return fail(QStringLiteral("ssh.cancelled"), tr("Cancelled."));
        }
        bool gotData = false;
        for (const Stream stream : {Stream::StandardOutput, Stream::StandardError}) {
            const int isStderr = stream == Stream::StandardError ? 1 : 0;
            const int n = ssh_channel_read_nonblocking(
                channel.get(), buffer.data(), static_cast<uint32_t>(buffer.size()), isStderr);
            if (n == SSH_ERROR)
                return fail(QStringLiteral("ssh.read"),
                            tr("The connection to %1 broke while “%2” was running.")
                                .arg(endpoint(), command),
                            libsshError(session));
            if (n > 0) {
                const QByteArray chunk(buffer.data(), n);
                (isStderr ? result.standardError : result.standardOutput).append(chunk);
                if (options.onOutput)
                    options.onOutput(stream, chunk);
                gotData = true;
            }
        }
        if (gotData) {
            sinceOutput.restart();
            idleWait = 1;
            continue;
        }
        if (ssh_channel_is_eof(channel.get()) || ssh_channel_is_closed(channel.get()))
            break;
        if (options.onIdle)
            options.onIdle();
        if (options.inactivityTimeout.count() > 0
            && sinceOutput.elapsed() > options.inactivityTimeout.count()) {
            ssh_channel_close(channel.get());
            return fail(
                QStringLiteral("ssh.inactive"),
                tr("%1 sent nothing for %2 s while running “%3”; the connection is "
                   "probably lost.")
                    .arg(endpoint())
                    .arg(std::chrono::duration_cast<std::chrono::seconds>(options.inactivityTimeout)
                             .count())
                    .arg(command));
        }
        // A quiet command sends nothing for minutes; NAT boxes and firewalls drop such
        // connections. The keepalive's reply is bounded by the session timeout.
        if (keepaliveMs > 0 && sinceKeepalive.elapsed() >= keepaliveMs) {
            ssh_send_keepalive(session);
            sinceKeepalive.restart();
        }
        // Wait for more output: briefly at first (a short command's end does not wake the
        // poll, so a fixed long wait would add it to every command), then up to 50 ms so a
        // quiet command costs little and cancellation stays responsive.
        const int waitMs = idleWait;
        idleWait = std::min(idleWait * 2, 50);
        if (ssh_channel_poll_timeout(channel.get(), waitMs, 0) == SSH_ERROR)
            return fail(
                QStringLiteral("ssh.read"),
                tr("The connection to %1 broke while “%2” was running.").arg(endpoint(), command),
                libsshError(session));
    }
    ssh_channel_send_eof(channel.get());
    ssh_channel_close(channel.get());
    result.exitStatus = ssh_channel_get_exit_status(channel.get());
    return result;
}

void Session::disconnect()
{
    // Target first: its goodbye travels through the tunnel, which is stopped after it.
    d->session.reset();
    d->tunnel.reset();
}

} // namespace Berth::Ssh
