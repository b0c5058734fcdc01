#include "gui/ConfigPage.h"

#include "core/config/AccessoryTemplates.h"
#include "core/config/ConfigSession.h"
#include "core/config/YamlWriter.h"
#include "gui/Appearance.h"
#include "gui/PageHeader.h"
#include "gui/Pages.h"
#include "gui/YamlHighlighter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Berth::Gui {

using namespace Berth::Config;

struct ConfigPage::Field
{
    enum class Kind { Text, Integer, Boolean };
    Kind kind = Kind::Text;
    QString path;
    QLineEdit *line = nullptr;
    QCheckBox *check = nullptr;
    QLabel *note = nullptr; // under the field: Kamal's message, or where an ERB value comes from
    int section = 0;
    bool fallback = false; // a checkbox shows Kamal's default while the key is not set

    QWidget *editor() const { return line ? static_cast<QWidget *>(line) : check; }
};

namespace {

constexpr int PathRole = Qt::UserRole + 1;
constexpr int LineRole = Qt::UserRole + 2;
constexpr int FileRole = Qt::UserRole + 3;

// Roles as Kamal sees them: the array form of `servers` is the single role "web".
QStringList rolesOf(const YamlNodePtr &root)
{
    const YamlNodePtr servers = root ? root->value(QStringLiteral("servers")) : nullptr;
    if (!servers || !servers->isMap())
        return {QStringLiteral("web")};
    QStringList roles = servers->keys();
    roles.sort();
    return roles;
}

// Where the hosts of `role` are written (empty role: the primary one).
QString hostsPath(const YamlNodePtr &root, QString role = {})
{
    const YamlNodePtr servers = root ? root->value(QStringLiteral("servers")) : nullptr;
    if (!servers || servers->isSequence())
        return QStringLiteral("servers");
    const QStringList roles = servers->keys();
    if (role.isEmpty())
        role = roles.contains(QStringLiteral("web")) || roles.isEmpty() ? QStringLiteral("web")
                                                                        : roles.constFirst();
    const YamlNodePtr roleNode = servers->value(role);
    return roleNode && roleNode->isMap() ? QStringLiteral("servers/%1/hosts").arg(role)
                                         : QStringLiteral("servers/%1").arg(role);
}

QString scalarOf(const YamlNodePtr &node)
{
    if (!node || node->isNull())
        return {};
    if (node->isScalar())
        return node->scalar;
    return toYaml(node).trimmed();
}

} // namespace

ConfigPage::ConfigPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("configPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(10);

    auto *top = new QHBoxLayout;
    top->addWidget(new PageHeader(Pages::icon(PageId::Config), Pages::title(PageId::Config),
                                  Pages::purpose(PageId::Config), this),
                   1);
    m_undo = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo"), this);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("&Redo"), this);
    m_redo->setObjectName(QStringLiteral("redoButton"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save…"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Shows exactly what will change in your files, then saves"));
    for (QPushButton *button : {m_undo, m_redo, m_save})
        top->addWidget(button, 0, Qt::AlignTop);
    layout->addLayout(top);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->undo();
    });
    connect(m_redo, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->redo();
    });
    connect(m_save, &QPushButton::clicked, this, [this] { save(true); });

    // Someone else changed the files: say so, and let the user choose.
    m_changedBanner = new QWidget(this);
    m_changedBanner->setObjectName(QStringLiteral("changedOnDiskBanner"));
    auto *banner = new QHBoxLayout(m_changedBanner);
    banner->setContentsMargins(8, 4, 8, 4);
    m_changedLabel = new QLabel(m_changedBanner);
    m_changedLabel->setWordWrap(true);
    auto *reload = new QPushButton(tr("Re&load from Disk"), m_changedBanner);
    reload->setObjectName(QStringLiteral("reloadButton"));
    banner->addWidget(m_changedLabel, 1);
    banner->addWidget(reload);
    m_changedBanner->setAutoFillBackground(true);
    m_changedBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_changedBanner->hide();
    layout->addWidget(m_changedBanner);
    connect(reload, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->reload();
        m_changedBanner->hide();
    });

    auto *vertical = new QSplitter(Qt::Vertical, this);
    auto *horizontal = new QSplitter(Qt::Horizontal, vertical);
    m_sectionList = new QListWidget(horizontal);
    m_sectionList->setObjectName(QStringLiteral("sectionList"));
    m_sectionList->setAccessibleName(tr("Configuration sections"));
    m_sectionList->setMaximumWidth(200);
    m_tabs = new QTabWidget(horizontal);
    m_sections = new QStackedWidget(m_tabs);
    m_tabs->addTab(m_sections, tr("Form"));

    auto *sourceTab = new QWidget(m_tabs);
    auto *sourceLayout = new QVBoxLayout(sourceTab);
    m_sourceFile = new QComboBox(sourceTab);
    m_sourceFile->setAccessibleName(tr("File shown"));
    m_source = new QPlainTextEdit(sourceTab);
    m_source->setObjectName(QStringLiteral("yamlSource"));
    m_source->setAccessibleName(tr("YAML source"));
    m_source->setReadOnly(true);
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new YamlHighlighter(m_source->document(), Appearance::current() == ColorScheme::Dark);
    sourceLayout->addWidget(m_sourceFile);
    sourceLayout->addWidget(m_source, 1);
    m_tabs->addTab(sourceTab, tr("YAML"));
    connect(m_sourceFile, &QComboBox::currentIndexChanged, this, [this] { refreshSource(); });
    // The YAML view opens where the field last edited is written.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (const auto &field : m_fields) {
            if (now && now == field->editor())
                m_lastPath = field->path;
        }
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1 && !m_lastPath.isEmpty())
            revealInSource(m_lastPath);
    });

    horizontal->setStretchFactor(0, 0);
    horizontal->setStretchFactor(1, 1);
    horizontal->setSizes({180, 820});
    auto *bottom = new QWidget(vertical);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(bottom);
    m_summary->setObjectName(QStringLiteral("diagnosticsSummary"));
    m_diagnostics = new QTreeWidget(bottom);
    m_diagnostics->setObjectName(QStringLiteral("diagnosticsView"));
    m_diagnostics->setAccessibleName(tr("Problems"));
    m_diagnostics->setHeaderLabels({tr("Problem"), tr("Where")});
    m_diagnostics->setRootIsDecorated(false);
    m_diagnostics->setWordWrap(true);
    m_diagnostics->header()->setStretchLastSection(false);
    m_diagnostics->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_diagnostics->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    bottomLayout->addWidget(m_summary);
    bottomLayout->addWidget(m_diagnostics, 1);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    layout->addWidget(vertical, 1);
    connect(m_diagnostics, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { showDiagnosticAt(item); });
    connect(m_sectionList, &QListWidget::currentRowChanged, m_sections,
            &QStackedWidget::setCurrentIndex);

    buildSections();
    m_sectionList->setCurrentRow(0);
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        if (!m_session)
            return;
        const QStringList changed = m_session->changedOnDisk();
        if (changed.isEmpty())
            return;
        m_changedLabel->setText(tr("%1 changed on disk. Reload to see the new version%2.")
                                    .arg(changed.join(QStringLiteral(", ")),
                                         m_session->isModified()
                                             ? tr(" (your unsaved edits are then lost)")
                                             : QString()));
        m_changedBanner->show();
        watchFiles(); // editors replace files; watch the new ones
    });
    refresh();
}

ConfigPage::~ConfigPage() = default;

QWidget *ConfigPage::addSection(const QString &title, const QString &hint)
{
    auto *page = new QWidget(m_sections);
    auto *layout = new QVBoxLayout(page);
    auto *heading = new QLabel(
        QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), hint.toHtmlEscaped()), page);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_sections->addWidget(page);
    auto *item = new QListWidgetItem(title, m_sectionList);
    item->setSizeHint(QSize(0, 28));
    return page;
}

ConfigPage::Field &ConfigPage::addText(QFormLayout *form, const QString &label, const QString &path,
                                       const QString &help)
{
    auto field = std::make_unique<Field>();
    field->path = path;
    field->section = m_sections->count() - 1;
    field->line = new QLineEdit(form->parentWidget());
    field->line->setObjectName(QStringLiteral("field:") + path);
    field->line->setAccessibleName(label);
    field->line->setToolTip(help + QStringLiteral("\n(") + path + QLatin1Char(')'));
    field->line->setClearButtonEnabled(true);
    field->note = new QLabel(form->parentWidget());
    field->note->setWordWrap(true);
    field->note->hide();
    auto *box = new QWidget(form->parentWidget());
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(2);
    boxLayout->addWidget(field->line);
    boxLayout->addWidget(field->note);
    auto *labelWidget = new QLabel(label, form->parentWidget());
    labelWidget->setBuddy(field->line);
    form->addRow(labelWidget, box);
    Field *raw = field.get();
    connect(field->line, &QLineEdit::editingFinished, this, [this, raw] { commitField(*raw); });
    m_fields.push_back(std::move(field));
    return *raw;
}

ConfigPage::Field &ConfigPage::addInteger(QFormLayout *form, const QString &label,
                                          const QString &path, const QString &help)
{
    Field &field = addText(form, label, path, help);
    field.kind = Field::Kind::Integer;
    field.line->setValidator(new QIntValidator(0, 1000000, field.line));
    field.line->setMaximumWidth(140);
    return field;
}

ConfigPage::Field &ConfigPage::addBoolean(QFormLayout *form, const QString &label,
                                          const QString &path, const QString &help, bool fallback)
{
    auto field = std::make_unique<Field>();
    field->kind = Field::Kind::Boolean;
    field->fallback = fallback;
    field->path = path;
    field->section = m_sections->count() - 1;
    field->check = new QCheckBox(label, form->parentWidget());
    field->check->setObjectName(QStringLiteral("field:") + path);
    field->check->setToolTip(help + QStringLiteral("\n(") + path + QLatin1Char(')'));
    field->note = new QLabel(form->parentWidget());
    field->note->setWordWrap(true);
    field->note->hide();
    form->addRow(QString(), field->check);
    form->addRow(QString(), field->note);
    Field *raw = field.get();
    connect(field->check, &QCheckBox::toggled, this, [this, raw] { commitField(*raw); });
    m_fields.push_back(std::move(field));
    return *raw;
}

void ConfigPage::buildSections()
{
    auto formFor = [](QWidget *page) {
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        static_cast<QVBoxLayout *>(page->layout())->addLayout(form);
        return form;
    };
    auto finish = [](QWidget *page) { static_cast<QVBoxLayout *>(page->layout())->addStretch(1); };

    QWidget *service = addSection(tr("Service"), tr("What is deployed and under which name."));
    QFormLayout *form = formFor(service);
    addText(form, tr("&Service name:"), QStringLiteral("service"),
            tr("Names containers and the proxy service; letters, digits, - and _"));
    addText(form, tr("&Image:"), QStringLiteral("image"),
            tr("Repository name in the registry, without the server"));
    finish(service);

    QWidget *servers = addSection(
        tr("Servers & roles"),
        tr("The hosts of each role (web runs the proxy; others such as job run workers)."));
    auto *roleRow = new QHBoxLayout;
    auto *roleLabel = new QLabel(tr("R&ole:"), servers);
    m_role = new QComboBox(servers);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setAccessibleName(tr("Role"));
    roleLabel->setBuddy(m_role);
    roleRow->addWidget(roleLabel);
    roleRow->addWidget(m_role, 1);
    static_cast<QVBoxLayout *>(servers->layout())->addLayout(roleRow);
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_refreshing)
            refreshLists();
    });
    m_hosts = new QListWidget(servers);
    m_hosts->setObjectName(QStringLiteral("hostsList"));
    m_hosts->setAccessibleName(tr("Hosts"));
    static_cast<QVBoxLayout *>(servers->layout())->addWidget(m_hosts);
    auto *hostRow = new QHBoxLayout;
    m_newHost = new QLineEdit(servers);
    m_newHost->setObjectName(QStringLiteral("newHostEdit"));
    m_newHost->setPlaceholderText(tr("Address or name of a new host"));
    m_newHost->setAccessibleName(tr("New host"));
    auto *addHostButton = new QPushButton(tr("Add &Host"), servers);
    addHostButton->setObjectName(QStringLiteral("addHostButton"));
    hostRow->addWidget(m_newHost, 1);
    hostRow->addWidget(addHostButton);
    static_cast<QVBoxLayout *>(servers->layout())->addLayout(hostRow);
    connect(addHostButton, &QPushButton::clicked, this, &ConfigPage::addHost);
    connect(m_newHost, &QLineEdit::returnPressed, this, &ConfigPage::addHost);

    QWidget *proxy = addSection(
        tr("Proxy"), tr("How kamal-proxy routes requests to the app and checks its health."));
    form = formFor(proxy);
    addText(form, tr("&Host name:"), QStringLiteral("proxy/host"),
            tr("The domain the app answers on"));
    addBoolean(form, tr("Automatic &HTTPS (Let's Encrypt)"), QStringLiteral("proxy/ssl"),
               tr("Needs a host name that points at the server"));
    addInteger(form, tr("&App port:"), QStringLiteral("proxy/app_port"),
               tr("The port the app listens on inside its container (default 80)"));
    addText(form, tr("Health check &path:"), QStringLiteral("proxy/healthcheck/path"),
            tr("Must answer 200 when the app is ready (default /up)"));
    addInteger(form, tr("Health check &interval (s):"),
               QStringLiteral("proxy/healthcheck/interval"), tr("Seconds between checks"));
    addInteger(form, tr("Health check &timeout (s):"), QStringLiteral("proxy/healthcheck/timeout"),
               tr("Seconds before one check fails"));
    addInteger(form, tr("&Response timeout (s):"), QStringLiteral("proxy/response_timeout"),
               tr("How long a request may take"));
    addText(form, tr("Path &prefix:"), QStringLiteral("proxy/path_prefix"),
            tr("Serve the app under a path, e.g. /app (comma-separated for several)"));
    addBoolean(form, tr("Redirect HTTP to HTTPS"), QStringLiteral("proxy/ssl_redirect"),
               tr("With automatic HTTPS, send plain HTTP requests to HTTPS"), true);
    addBoolean(form, tr("Buffer re&quests"), QStringLiteral("proxy/buffering/requests"),
               tr("kamal-proxy reads whole requests before passing them on"), true);
    addBoolean(form, tr("Buffer responses"), QStringLiteral("proxy/buffering/responses"),
               tr("kamal-proxy reads whole responses before sending them"), true);
    finish(proxy);

    QWidget *env = addSection(tr("Environment"),
                              tr("Variables for the app's containers. Secret values live in "
                                 ".kamal/secrets and the keychain, never here."));
    m_envClear = new QTableWidget(0, 2, env);
    m_envClear->setObjectName(QStringLiteral("envClearTable"));
    m_envClear->setAccessibleName(tr("Clear variables"));
    m_envClear->setHorizontalHeaderLabels({tr("Variable"), tr("Value")});
    m_envClear->horizontalHeader()->setStretchLastSection(true);
    m_envClear->verticalHeader()->hide();
    m_envClear->setEditTriggers(QAbstractItemView::NoEditTriggers);
    static_cast<QVBoxLayout *>(env->layout())->addWidget(m_envClear, 2);
    auto *envRow = new QHBoxLayout;
    m_newEnvName = new QLineEdit(env);
    m_newEnvName->setObjectName(QStringLiteral("newEnvName"));
    m_newEnvName->setPlaceholderText(tr("NAME"));
    m_newEnvName->setAccessibleName(tr("New variable name"));
    m_newEnvValue = new QLineEdit(env);
    m_newEnvValue->setObjectName(QStringLiteral("newEnvValue"));
    m_newEnvValue->setPlaceholderText(tr("value"));
    m_newEnvValue->setAccessibleName(tr("New variable value"));
    auto *addEnvButton = new QPushButton(tr("Add &Variable"), env);
    addEnvButton->setObjectName(QStringLiteral("addEnvButton"));
    envRow->addWidget(m_newEnvName, 1);
    envRow->addWidget(m_newEnvValue, 2);
    envRow->addWidget(addEnvButton);
    static_cast<QVBoxLayout *>(env->layout())->addLayout(envRow);
    auto *secretLabel = new QLabel(tr("Secret variables (values from .kamal/secrets):"), env);
    m_envSecret = new QListWidget(env);
    m_envSecret->setObjectName(QStringLiteral("envSecretList"));
    m_envSecret->setAccessibleName(tr("Secret variables"));
    secretLabel->setBuddy(m_envSecret);
    static_cast<QVBoxLayout *>(env->layout())->addWidget(secretLabel);
    static_cast<QVBoxLayout *>(env->layout())->addWidget(m_envSecret, 1);
    connect(addEnvButton, &QPushButton::clicked, this, &ConfigPage::addEnvironmentVariable);

    QWidget *registry = addSection(
        tr("Registry"),
        tr("Where images are pushed and pulled. The password is a secret name, not a value."));
    form = formFor(registry);
    addText(form, tr("&Server:"), QStringLiteral("registry/server"),
            tr("e.g. ghcr.io; empty for Docker Hub"));
    addText(form, tr("&User name:"), QStringLiteral("registry/username"), tr("Registry user"));
    finish(registry);

    QWidget *builder = addSection(tr("Builder"), tr("How the image is built before it is pushed."));
    form = formFor(builder);
    addText(form, tr("&Architecture:"), QStringLiteral("builder/arch"),
            tr("amd64 or arm64 (the servers' CPU)"));
    addText(form, tr("&Dockerfile:"), QStringLiteral("builder/dockerfile"),
            tr("Default: Dockerfile"));
    addText(form, tr("&Context:"), QStringLiteral("builder/context"),
            tr("Default: a clean clone of git HEAD; . for the working tree"));
    addText(form, tr("&Remote builder:"), QStringLiteral("builder/remote"),
            tr("ssh://user@host to build on another machine"));
    finish(builder);

    QWidget *ssh = addSection(tr("SSH"), tr("How Berth and Kamal reach the servers."));
    form = formFor(ssh);
    addText(form, tr("&User:"), QStringLiteral("ssh/user"), tr("Default: root"));
    addInteger(form, tr("&Port:"), QStringLiteral("ssh/port"), tr("Default: 22"));
    addText(form, tr("&Jump host:"), QStringLiteral("ssh/proxy"),
            tr("host or user@host to connect through"));
    finish(ssh);

    QWidget *accessories = addSection(tr("Accessories"),
                                      tr("Databases, caches and backups that run beside the app."));
    m_accessories = new QTreeWidget(accessories);
    m_accessories->setObjectName(QStringLiteral("accessoriesView"));
    m_accessories->setAccessibleName(tr("Accessories"));
    m_accessories->setHeaderLabels({tr("Name"), tr("Image"), tr("Host"), tr("Port")});
    m_accessories->setRootIsDecorated(false);
    static_cast<QVBoxLayout *>(accessories->layout())->addWidget(m_accessories, 1);
    auto *accessoryButton = new QPushButton(tr("Add &Accessory"), accessories);
    accessoryButton->setObjectName(QStringLiteral("addAccessoryButton"));
    auto *templates = new QMenu(accessoryButton);
    const auto available = AccessoryTemplates::all();
    for (const AccessoryTemplate &choice : available) {
        QAction *action = templates->addAction(
            choice.title, this, [this, choice] { addAccessory(choice.id, choice.defaultName); });
        action->setObjectName(QStringLiteral("template:") + choice.id);
        action->setToolTip(choice.description);
        action->setStatusTip(choice.description);
    }
    templates->setToolTipsVisible(true);
    accessoryButton->setMenu(templates);
    auto *accessoryRow = new QHBoxLayout;
    accessoryRow->addStretch(1);
    accessoryRow->addWidget(accessoryButton);
    static_cast<QVBoxLayout *>(accessories->layout())->addLayout(accessoryRow);

    QWidget *aliases = addSection(tr("Aliases"), tr("Shortcuts for commands you run often."));
    m_aliases = new QTableWidget(0, 2, aliases);
    m_aliases->setObjectName(QStringLiteral("aliasesTable"));
    m_aliases->setAccessibleName(tr("Aliases"));
    m_aliases->setHorizontalHeaderLabels({tr("Alias"), tr("Command")});
    m_aliases->horizontalHeader()->setStretchLastSection(true);
    m_aliases->verticalHeader()->hide();
    m_aliases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    static_cast<QVBoxLayout *>(aliases->layout())->addWidget(m_aliases, 1);

    QWidget *advanced
        = addSection(tr("Advanced"), tr("Retention, timeouts, boot order and logging."));
    form = formFor(advanced);
    addInteger(form, tr("&Retained containers:"), QStringLiteral("retain_containers"),
               tr("Old releases kept for rollback (default 5)"));
    addInteger(form, tr("&Deploy timeout (s):"), QStringLiteral("deploy_timeout"),
               tr("How long a new version may take to become healthy (default 30)"));
    addInteger(form, tr("D&rain timeout (s):"), QStringLiteral("drain_timeout"),
               tr("How long old containers may finish requests (default 30)"));
    addInteger(form, tr("Readiness &delay (s):"), QStringLiteral("readiness_delay"),
               tr("For roles without the proxy (default 7)"));
    addInteger(form, tr("&Stop timeout (s):"), QStringLiteral("stop_timeout"),
               tr("How long docker stop waits before killing a container"));
    addText(form, tr("&Boot limit:"), QStringLiteral("boot/limit"),
            tr("Hosts started at a time: a number, or a share such as 25%"));
    addInteger(form, tr("Boot &wait (s):"), QStringLiteral("boot/wait"),
               tr("Seconds to wait after each group of hosts"));
    addText(form, tr("&Log driver:"), QStringLiteral("logging/driver"),
            tr("Docker log driver; without one, logs are capped at 10 MB"));
    finish(advanced);

    // Empty fields show what Kamal uses when the key is not set.
    const QList<std::pair<QString, QString>> defaults {
        {QStringLiteral("proxy/app_port"), QStringLiteral("80")},
        {QStringLiteral("proxy/healthcheck/path"), QStringLiteral("/up")},
        {QStringLiteral("proxy/healthcheck/interval"), QStringLiteral("1")},
        {QStringLiteral("proxy/healthcheck/timeout"), QStringLiteral("5")},
        {QStringLiteral("proxy/response_timeout"), QStringLiteral("30")},
        {QStringLiteral("builder/dockerfile"), QStringLiteral("Dockerfile")},
        {QStringLiteral("ssh/user"), QStringLiteral("root")},
        {QStringLiteral("ssh/port"), QStringLiteral("22")},
        {QStringLiteral("retain_containers"), QStringLiteral("5")},
        {QStringLiteral("deploy_timeout"), QStringLiteral("30")},
        {QStringLiteral("drain_timeout"), QStringLiteral("30")},
        {QStringLiteral("readiness_delay"), QStringLiteral("7")},
    };
    for (const auto &[path, value] : defaults) {
        if (auto *edit = qobject_cast<QLineEdit *>(fieldFor(path)))
            edit->setPlaceholderText(tr("%1 (Kamal's default)").arg(value));
    }
}

void ConfigPage::setSession(Config::ConfigSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &ConfigSession::changed, this, &ConfigPage::refresh);
    m_changedBanner->hide();
    watchFiles();
    refresh();
}

void ConfigPage::watchFiles()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_session)
        return;
    for (const ConfigSource &source : m_session->config().sources)
        m_watcher->addPath(source.path);
}

QWidget *ConfigPage::fieldFor(const QString &path) const
{
    for (const auto &field : m_fields) {
        if (field->path == path)
            return field->editor();
    }
    return nullptr;
}

void ConfigPage::showPath(const QString &path)
{
    for (const auto &field : m_fields) {
        if (path == field->path || path.startsWith(field->path + QLatin1Char('/'))) {
            m_tabs->setCurrentIndex(0);
            m_sectionList->setCurrentRow(field->section);
            field->editor()->setFocus();
            return;
        }
    }
    static const QHash<QString, int> sections {{QStringLiteral("servers"), 1},
                                               {QStringLiteral("env"), 3},
                                               {QStringLiteral("accessories"), 7},
                                               {QStringLiteral("aliases"), 8}};
    const QString root = path.section(QLatin1Char('/'), 0, 0);
    if (sections.contains(root)) {
        m_tabs->setCurrentIndex(0);
        m_sectionList->setCurrentRow(sections.value(root));
    }
}

void ConfigPage::commitField(Field &field)
{
    if (m_refreshing || !m_session)
        return;
    const YamlNodePtr current = YamlEditor::find(m_session->config().effective, field.path);
    ScalarValue value;
    switch (field.kind) {
    case Field::Kind::Text:
        if (field.line->text() == scalarOf(current))
            return;
        value = ScalarValue::string(field.line->text());
        break;
    case Field::Kind::Integer:
        if (field.line->text() == scalarOf(current) || field.line->text().isEmpty())
            return;
        value = ScalarValue::integer(field.line->text().toLongLong());
        break;
    case Field::Kind::Boolean:
        if ((current && current->isBoolean() ? current->booleanValue() : field.fallback)
            == field.check->isChecked())
            return;
        value = ScalarValue::boolean(field.check->isChecked());
        break;
    }
    const auto done = m_session->set(field.path, value);
    if (!done) {
        field.note->setText(done.error().message);
        field.note->setForegroundRole(QPalette::BrightText);
        field.note->show();
        Q_EMIT statusMessage(done.error().message);
    }
}

void ConfigPage::addHost()
{
    const QString host = m_newHost->text().trimmed();
    if (!m_session || host.isEmpty())
        return;
    const auto done = m_session->append(
        hostsPath(m_session->config().effective, m_role->currentText()), ScalarValue::string(host));
    if (!done) {
        Q_EMIT statusMessage(done.error().message);
        return;
    }
    m_newHost->clear();
}

void ConfigPage::addAccessory(const QString &templateId, const QString &defaultName)
{
    if (!m_session)
        return;
    const YamlNodePtr root = m_session->config().effective;
    // A free name: db, db-2, db-3, …
    QString name = defaultName;
    for (int n = 2; YamlEditor::find(root, QStringLiteral("accessories/") + name); ++n)
        name = defaultName + QStringLiteral("-%1").arg(n);
    // On the primary role's first host, written the way the file writes it (ERB included).
    QString host = QStringLiteral("<%= ENV[\"KAMAL_SERVER_IP\"] %>");
    const QString firstHost = hostsPath(root) + QStringLiteral("/0");
    if (const ConfigSource *source = sourceForEdit(m_session->config(), firstHost)) {
        if (const YamlNodePtr node = YamlEditor::find(source->yaml.root, firstHost);
            node && node->isScalar())
            host = source->templateTextOf(*node);
    }
    const QString service = scalarOf(YamlEditor::find(root, QStringLiteral("service")));
    const auto done = m_session->insertMap(
        QStringLiteral("accessories/") + name,
        AccessoryTemplates::block(templateId, service.isEmpty() ? QStringLiteral("app") : service,
                                  host));
    Q_EMIT statusMessage(
        done ? tr("Added the accessory “%1”. Set its secrets on the Secrets page.").arg(name)
             : done.error().message);
}

void ConfigPage::addEnvironmentVariable()
{
    const QString name = m_newEnvName->text().trimmed();
    if (!m_session || name.isEmpty())
        return;
    // Write into the form the file already uses: env/clear when it has clear/secret keys (or
    // no env at all), else the simple form where every key is a variable.
    const YamlNodePtr env = m_session->config().effective
        ? m_session->config().effective->value(QStringLiteral("env"))
        : nullptr;
    const bool complex = !env || !env->isMap() || env->entries.isEmpty()
        || env->value(QStringLiteral("clear")) || env->value(QStringLiteral("secret"));
    const QString path = (complex ? QStringLiteral("env/clear/") : QStringLiteral("env/")) + name;
    const auto done = m_session->set(path, ScalarValue::string(m_newEnvValue->text()));
    if (!done) {
        Q_EMIT statusMessage(done.error().message);
        return;
    }
    m_newEnvName->clear();
    m_newEnvValue->clear();
}

void ConfigPage::refresh()
{
    const bool open = m_session != nullptr;
    setEnabled(open);
    m_undo->setEnabled(open && m_session->canUndo());
    m_redo->setEnabled(open && m_session->canRedo());
    m_save->setEnabled(open && m_session->isModified());
    refreshFields();
    refreshLists();
    refreshDiagnostics();
    // The file list follows the destination: base file, then the destination's.
    const QString shown = m_sourceFile->currentData().toString();
    m_sourceFile->blockSignals(true);
    m_sourceFile->clear();
    if (open) {
        for (const ConfigSource &source : m_session->config().sources)
            m_sourceFile->addItem(QFileInfo(source.path).fileName(), source.path);
        const int index = m_sourceFile->findData(shown);
        m_sourceFile->setCurrentIndex(index >= 0 ? index : 0);
    }
    m_sourceFile->blockSignals(false);
    refreshSource();
}

void ConfigPage::refreshFields()
{
    m_refreshing = true;
    const YamlNodePtr root = m_session ? m_session->config().effective : nullptr;
    for (const auto &field : m_fields) {
        const YamlNodePtr node = root ? YamlEditor::find(root, field->path) : nullptr;
        // A value rendered from ERB is not edited here: say where it comes from instead.
        QString erbTemplate;
        if (m_session) {
            if (const ConfigSource *source = sourceForEdit(m_session->config(), field->path)) {
                if (const YamlNodePtr written = YamlEditor::find(source->yaml.root, field->path)) {
                    const QString text = source->templateTextOf(*written);
                    if (text.contains(QLatin1String("<%")))
                        erbTemplate = text;
                }
            }
        }
        if (field->line) {
            if (!field->line->hasFocus())
                field->line->setText(scalarOf(node));
            field->line->setReadOnly(!erbTemplate.isEmpty());
            field->line->setClearButtonEnabled(erbTemplate.isEmpty());
        } else {
            field->check->setChecked(node && node->isBoolean() ? node->booleanValue()
                                                               : field->fallback);
            field->check->setEnabled(erbTemplate.isEmpty());
        }
        // Kamal's message for this field, if any.
        QString problem;
        if (m_session) {
            for (const Diagnostic &d : m_session->config().diagnostics) {
                if (d.path == field->path && d.severity == Severity::Error)
                    problem = d.message;
            }
        }
        if (!problem.isEmpty()) {
            field->note->setText(QStringLiteral("⚠ ") + problem);
            field->note->setForegroundRole(QPalette::BrightText);
            field->note->show();
        } else if (!erbTemplate.isEmpty()) {
            field->note->setText(
                tr("Computed from %1 — change the variable on the Secrets page").arg(erbTemplate));
            field->note->setForegroundRole(QPalette::PlaceholderText);
            field->note->show();
        } else {
            field->note->hide();
        }
    }
    m_refreshing = false;
}

void ConfigPage::refreshLists()
{
    const YamlNodePtr root = m_session ? m_session->config().effective : nullptr;
    const QString role = m_role->currentText();
    const QStringList roles = rolesOf(root);
    if (roles != [this] {
            QStringList shown;
            for (int i = 0; i < m_role->count(); ++i)
                shown.append(m_role->itemText(i));
            return shown;
        }()) {
        const bool wasRefreshing = std::exchange(m_refreshing, true);
        m_role->clear();
        m_role->addItems(roles);
        m_role->setCurrentIndex(std::max(
            0, static_cast<int>(roles.indexOf(role.isEmpty() ? QStringLiteral("web") : role))));
        m_refreshing = wasRefreshing;
    }
    m_hosts->clear();
    if (const YamlNodePtr hosts
        = root ? YamlEditor::find(root, hostsPath(root, m_role->currentText())) : nullptr;
        hosts && hosts->isSequence()) {
        for (const YamlNodePtr &host : hosts->items)
            // `- host: tag` / `- host: [tag, …]`: the host, with its tags.
            m_hosts->addItem(host->isMap() ? host->keys().value(0) + QStringLiteral("  (")
                                     + scalarOf(host->value(host->keys().value(0)))
                                           .replace(QLatin1Char('\n'), QLatin1Char(' '))
                                     + QLatin1Char(')')
                                           : scalarOf(host));
    }

    m_envClear->setRowCount(0);
    m_envSecret->clear();
    if (const YamlNodePtr env = root ? root->value(QStringLiteral("env")) : nullptr;
        env && env->isMap()) {
        const YamlNodePtr clear = env->value(QStringLiteral("clear"));
        const bool complex = clear || env->value(QStringLiteral("secret"));
        const YamlNodePtr variables = complex ? clear : env;
        if (variables && variables->isMap()) {
            const QStringList names = variables->keys();
            for (const QString &name : names) {
                const int row = m_envClear->rowCount();
                m_envClear->insertRow(row);
                m_envClear->setItem(row, 0, new QTableWidgetItem(name));
                m_envClear->setItem(row, 1, new QTableWidgetItem(scalarOf(variables->value(name))));
            }
        }
        if (const YamlNodePtr secret = env->value(QStringLiteral("secret"));
            secret && secret->isSequence()) {
            for (const YamlNodePtr &name : secret->items)
                m_envSecret->addItem(scalarOf(name));
        }
    }

    m_accessories->clear();
    if (const YamlNodePtr accessories = root ? root->value(QStringLiteral("accessories")) : nullptr;
        accessories && accessories->isMap()) {
        const QStringList names = accessories->keys();
        for (const QString &name : names) {
            const YamlNodePtr accessory = accessories->value(name);
            if (!accessory || !accessory->isMap())
                continue;
            new QTreeWidgetItem(m_accessories,
                                {name, scalarOf(accessory->value(QStringLiteral("image"))),
                                 scalarOf(accessory->value(QStringLiteral("host"))),
                                 scalarOf(accessory->value(QStringLiteral("port")))});
        }
    }

    m_aliases->setRowCount(0);
    if (const YamlNodePtr aliases = root ? root->value(QStringLiteral("aliases")) : nullptr;
        aliases && aliases->isMap()) {
        const QStringList names = aliases->keys();
        for (const QString &name : names) {
            const int row = m_aliases->rowCount();
            m_aliases->insertRow(row);
            m_aliases->setItem(row, 0, new QTableWidgetItem(name));
            m_aliases->setItem(row, 1, new QTableWidgetItem(scalarOf(aliases->value(name))));
        }
    }
}

void ConfigPage::refreshDiagnostics()
{
    m_diagnostics->clear();
    if (!m_session) {
        m_summary->clear();
        return;
    }
    int errors = 0;
    int warnings = 0;
    const QDir projectDir
        = QFileInfo(m_session->options().configFile).dir().filePath(QStringLiteral(".."));
    for (const Diagnostic &d : m_session->config().diagnostics) {
        (d.severity == Severity::Error ? errors : warnings) += 1;
        const QString where = d.location.file.isEmpty()
            ? QString()
            : QDir::cleanPath(projectDir.relativeFilePath(d.location.file))
                + (d.location.line > 0 ? QStringLiteral(":%1").arg(d.location.line) : QString());
        QString text
            = (d.path.isEmpty() || d.message.startsWith(d.path) ? QString()
                                                                : d.path + QStringLiteral(": "))
            + d.message;
        if (!d.hint.isEmpty())
            text += QLatin1Char('\n') + d.hint;
        auto *item = new QTreeWidgetItem(m_diagnostics, {text, where});
        item->setIcon(0,
                      style()->standardIcon(d.severity == Severity::Error
                                                ? QStyle::SP_MessageBoxCritical
                                                : QStyle::SP_MessageBoxWarning));
        item->setData(0, PathRole, d.path);
        item->setData(0, LineRole, d.location.line);
        item->setData(0, FileRole, d.location.file);
        item->setToolTip(0, text);
    }
    if (errors == 0 && warnings == 0)
        m_summary->setText(tr("✓ Kamal accepts this configuration."));
    else
        m_summary->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ")
                           + tr("%n warning(s)", nullptr, warnings) + QStringLiteral(" — ")
                           + tr("double-click one to go to it."));
}

void ConfigPage::refreshSource()
{
    if (!m_session) {
        m_source->clear();
        return;
    }
    const QString path = m_sourceFile->currentData().toString();
    for (const ConfigSource &source : m_session->config().sources) {
        if (source.path == path) {
            if (m_source->toPlainText() != source.templateText)
                m_source->setPlainText(source.templateText);
            return;
        }
    }
}

void ConfigPage::revealInSource(const QString &path)
{
    if (!m_session)
        return;
    const ConfigSource *source = sourceForEdit(m_session->config(), path);
    if (!source)
        return;
    // The deepest part of the path that is written in the file (a missing key shows its parent).
    QStringList parts = path.split(QLatin1Char('/'));
    YamlNodePtr node;
    while (!parts.isEmpty()
           && !(node = YamlEditor::find(source->yaml.root, parts.join(QLatin1Char('/')))))
        parts.removeLast();
    if (!node || node->offset < 0)
        return;
    const int index = m_sourceFile->findData(source->path);
    if (index >= 0)
        m_sourceFile->setCurrentIndex(index);
    const qsizetype offset = source->erb.templateOffset(node->offset);
    const int line
        = static_cast<int>(QStringView(source->templateText).left(offset).count(QLatin1Char('\n')));
    QTextCursor cursor(m_source->document()->findBlockByNumber(line));
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    m_source->setTextCursor(cursor);
    m_source->centerCursor();
}

void ConfigPage::showDiagnosticAt(const QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString path = item->data(0, PathRole).toString();
    const int line = item->data(0, LineRole).toInt();
    if (fieldFor(path)) {
        showPath(path);
        return;
    }
    // No form field for it: show the line in the YAML view.
    const int index = m_sourceFile->findData(item->data(0, FileRole).toString());
    if (index >= 0)
        m_sourceFile->setCurrentIndex(index);
    m_tabs->setCurrentIndex(1);
    if (line > 0) {
        QTextCursor cursor(m_source->document()->findBlockByNumber(line - 1));
        m_source->setTextCursor(cursor);
        m_source->centerCursor();
    }
    m_source->setFocus();
}

void ConfigPage::save(bool confirm)
{
    if (!m_session || !m_session->isModified())
        return;
    if (confirm) {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Save changes"));
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(
            new QLabel(tr("These lines will change; nothing else in your files moves:"), &dialog));
        auto *diff = new QPlainTextEdit(m_session->pendingDiff(), &dialog);
        diff->setObjectName(QStringLiteral("saveDiffView"));
        diff->setReadOnly(true);
        diff->setLineWrapMode(QPlainTextEdit::NoWrap);
        diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        diff->setMinimumSize(640, 320);
        layout->addWidget(diff);
        auto *buttons
            = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        layout->addWidget(buttons);
        if (dialog.exec() != QDialog::Accepted)
            return;
    }
    const auto saved = m_session->save();
    if (!saved) {
        QMessageBox::warning(this, tr("Not saved"), saved.error().message);
        return;
    }
    watchFiles();
    Q_EMIT statusMessage(tr("Saved."));
}

} // namespace Berth::Gui
