#include "gui/SecretsPage.h"

#include "core/config/ConfigSession.h"
#include "gui/PageHeader.h"
#include "gui/Pages.h"
#include "secrets/ProjectEnvironment.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Berth::Gui {

using namespace Berth::Secrets;

namespace {

constexpr int NameRole = Qt::UserRole + 1;
constexpr int InKeychainRole = Qt::UserRole + 2;
constexpr int CommandRole = Qt::UserRole + 3;
// What a secret value shows instead of itself.
QString maskedValue()
{
    return QStringLiteral("••••••••");
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

SecretsPage::SecretsPage(QWidget *parent)
    : QWidget(parent)
    , m_settings(std::make_unique<QSettings>())
{
    setObjectName(QStringLiteral("secretsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(10);
    layout->addWidget(new PageHeader(Pages::icon(PageId::Secrets), Pages::title(PageId::Secrets),
                                     Pages::purpose(PageId::Secrets), this));

    m_keychainBanner = new QLabel(this);
    m_keychainBanner->setObjectName(QStringLiteral("keychainBanner"));
    m_keychainBanner->setWordWrap(true);
    m_keychainBanner->setAutoFillBackground(true);
    m_keychainBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_keychainBanner->setForegroundRole(QPalette::ToolTipText);
    m_keychainBanner->setMargin(8);
    m_keychainBanner->hide();
    layout->addWidget(m_keychainBanner);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *environmentBox = new QGroupBox(tr("Project environment"), splitter);
    auto *environmentLayout = new QVBoxLayout(environmentBox);
    m_environmentTitle = new QLabel(environmentBox);
    m_environmentTitle->setWordWrap(true);
    environmentLayout->addWidget(m_environmentTitle);
    m_variables = new QTreeWidget(environmentBox);
    m_variables->setObjectName(QStringLiteral("variablesView"));
    m_variables->setAccessibleName(tr("Project environment variables"));
    m_variables->setHeaderLabels({tr("Name"), tr("Value"), tr("Kept as"), tr("Used by")});
    m_variables->setRootIsDecorated(false);
    m_variables->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_variables->header()->setStretchLastSection(true);
    environmentLayout->addWidget(m_variables, 1);
    auto *environmentButtons = new QHBoxLayout;
    m_add = button(tr("&Add…"), QStringLiteral("addVariableButton"), environmentBox);
    m_change = button(tr("C&hange Value…"), QStringLiteral("changeVariableButton"), environmentBox);
    m_remove = button(tr("&Remove…"), QStringLiteral("removeVariableButton"), environmentBox);
    m_reveal = button(tr("Hold to &Show"), QStringLiteral("revealButton"), environmentBox);
    m_reveal->setToolTip(tr("Shows the selected value while the button is held down"));
    m_import = button(tr("&Import .env…"), QStringLiteral("importDotenvButton"), environmentBox);
    m_import->setToolTip(tr("Moves the values of a .env file into the keychain, checks each one, "
                            "then offers to delete the file"));
    for (QPushButton *b : {m_add, m_change, m_remove, m_reveal})
        environmentButtons->addWidget(b);
    environmentButtons->addStretch(1);
    environmentButtons->addWidget(m_import);
    environmentLayout->addLayout(environmentButtons);

    auto *secretsBox = new QGroupBox(tr("Secrets Kamal reads"), splitter);
    auto *secretsLayout = new QVBoxLayout(secretsBox);
    m_secretsSummary = new QLabel(secretsBox);
    m_secretsSummary->setObjectName(QStringLiteral("secretsSummary"));
    m_secretsSummary->setWordWrap(true);
    secretsLayout->addWidget(m_secretsSummary);
    m_secrets = new QTreeWidget(secretsBox);
    m_secrets->setObjectName(QStringLiteral("secretsView"));
    m_secrets->setAccessibleName(tr("Secrets from .kamal/secrets"));
    m_secrets->setHeaderLabels({tr("Name"), tr("Status"), tr("Defined in")});
    m_secrets->setRootIsDecorated(false);
    m_secrets->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_secrets->header()->setStretchLastSection(true);
    secretsLayout->addWidget(m_secrets, 1);
    auto *secretsButtons = new QHBoxLayout;
    m_approve = button(tr("A&pprove Command…"), QStringLiteral("approveCommandButton"), secretsBox);
    m_approve->setToolTip(tr("Lets Berth run the selected command from the secrets files, as "
                             "Kamal does"));
    m_recheck = button(tr("Check &Again"), QStringLiteral("recheckButton"), secretsBox);
    m_recheck->setShortcut(QKeySequence::Refresh);
    secretsButtons->addWidget(m_approve);
    secretsButtons->addStretch(1);
    secretsButtons->addWidget(m_recheck);
    secretsLayout->addLayout(secretsButtons);
    layout->addWidget(splitter, 1);

    connect(m_add, &QPushButton::clicked, this, [this] { editVariable(QString()); });
    connect(m_change, &QPushButton::clicked, this, [this] { editVariable(selectedVariable()); });
    connect(m_variables, &QTreeWidget::itemActivated, this,
            [this] { editVariable(selectedVariable()); });
    connect(m_remove, &QPushButton::clicked, this, &SecretsPage::removeVariable);
    connect(m_import, &QPushButton::clicked, this, &SecretsPage::importDotenv);
    connect(m_approve, &QPushButton::clicked, this, &SecretsPage::approveCommand);
    connect(m_recheck, &QPushButton::clicked, this, &SecretsPage::reload);
    connect(m_variables, &QTreeWidget::currentItemChanged, this, &SecretsPage::updateButtons);
    connect(m_secrets, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        m_approve->setEnabled(current && !current->data(0, CommandRole).toString().isEmpty());
    });
    // Reveal on hold: the value shows only while the button is down, then is masked again.
    connect(m_reveal, &QPushButton::pressed, this, [this] {
        QTreeWidgetItem *item = m_variables->currentItem();
        if (!item || !m_environment || !item->data(0, InKeychainRole).toBool())
            return;
        const QString name = item->data(0, NameRole).toString();
        m_environment->get(name, [this, name](Result<QString> value) {
            QTreeWidgetItem *current = m_variables->currentItem();
            if (value && m_reveal->isDown() && current
                && current->data(0, NameRole).toString() == name)
                current->setText(1, *value);
        });
    });
    connect(m_reveal, &QPushButton::released, this, [this] { refreshVariables(); });
    m_approve->setEnabled(false);
    setContext(QString(), QString(), nullptr);
}

SecretsPage::~SecretsPage()
{
    // The resolver may be running a command from the secrets files: it is bounded by the
    // command timeout, and must not outlive the page that receives its result.
    if (m_resolver) {
        m_resolver->disconnect(this);
        m_resolver->wait();
        delete m_resolver;
    }
}

void SecretsPage::setContext(const QString &projectFolder, const QString &destination,
                             Config::ConfigSession *session)
{
    delete m_environment; // drops its pending callbacks
    m_projectFolder = projectFolder;
    m_destination = destination;
    m_session = session;
    m_values.clear();
    m_plainNames.clear();
    m_resolution = {};
    m_keychainAvailable = false;
    const bool open = !projectFolder.isEmpty();
    setEnabled(open);
    if (!open) {
        m_variables->clear();
        m_secrets->clear();
        m_secretsSummary->clear();
        m_environmentTitle->clear();
        return;
    }
    m_environment = new ProjectEnvironment(projectFolder, destination, m_settings.get(), this);
    m_environmentTitle->setText(
        (destination.isEmpty()
             ? tr("Variables kept in the OS keychain for the default destination.")
             : tr("Variables kept in the OS keychain for the destination “%1”.").arg(destination))
        + QLatin1Char(' ')
        + tr("deploy.yml reads them through ERB, and .kamal/secrets through $NAME, before "
             "your shell's environment."));
    reload();
}

void SecretsPage::reload()
{
    if (!m_environment)
        return;
    m_environment->checkAvailable([this](const Result<void> &available) {
        m_keychainAvailable = available.has_value();
        if (!available) {
            showKeychainProblem(available.error().message);
            refreshVariables();
            resolve(); // .kamal/secrets still resolves from the shell's environment
            return;
        }
        m_keychainBanner->hide();
        loadSnapshot();
    });
}

void SecretsPage::showKeychainProblem(const QString &message)
{
    m_keychainBanner->setText(
        tr("The OS keychain cannot be used: %1 Berth keeps values only there, never in a file; "
           "until it works, values come from your shell's environment.")
            .arg(message));
    m_keychainBanner->show();
}

void SecretsPage::loadSnapshot()
{
    m_environment->loadSnapshot([this](Result<ProjectEnvironment::Snapshot> snapshot) {
        if (!snapshot) {
            showKeychainProblem(snapshot.error().message);
        } else {
            m_values = snapshot->values;
            m_plainNames = snapshot->plainNames;
            if (!snapshot->missing.isEmpty())
                Q_EMIT statusMessage(tr("Not in the keychain any more: %1. Set them again.")
                                         .arg(snapshot->missing.join(QStringLiteral(", "))));
            Q_EMIT environmentLoaded(m_values);
        }
        refreshVariables();
        resolve();
    });
}

QString SecretsPage::selectedVariable() const
{
    const QTreeWidgetItem *item = m_variables->currentItem();
    return item ? item->data(0, NameRole).toString() : QString();
}

void SecretsPage::refreshVariables()
{
    const QString selected = selectedVariable();
    m_variables->clear();
    if (!m_environment)
        return;
    const QList<ProjectEnvironment::Variable> stored = m_environment->variables();
    QStringList names;
    QHash<QString, bool> secret;
    for (const auto &variable : stored) {
        names.append(variable.name);
        secret.insert(variable.name, variable.secret);
    }
    const QStringList read = m_session ? m_session->config().variables : QStringList();
    for (const QString &name : read) {
        if (!names.contains(name))
            names.append(name);
    }
    names.sort();
    for (const QString &name : std::as_const(names)) {
        const bool inKeychain = secret.contains(name);
        QString value;
        QString keptAs;
        if (inKeychain) {
            value = secret.value(name) ? maskedValue() : m_values.value(name);
            keptAs
                = secret.value(name) ? tr("Secret, in the keychain") : tr("Plain, in the keychain");
        } else {
            value = qEnvironmentVariableIsSet(qPrintable(name))
                ? tr("(from your shell's environment)")
                : tr("(not set)");
            keptAs = tr("Not in the keychain");
        }
        const QString usedBy = read.contains(name) ? QStringLiteral("deploy.yml") : QString();
        auto *item = new QTreeWidgetItem(m_variables, {name, value, keptAs, usedBy});
        item->setData(0, NameRole, name);
        item->setData(0, InKeychainRole, inKeychain);
        if (!inKeychain && !qEnvironmentVariableIsSet(qPrintable(name))) {
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(0,
                             tr("deploy.yml reads %1 and nothing sets it: add it here.").arg(name));
        }
        if (name == selected)
            m_variables->setCurrentItem(item);
    }
    updateButtons();
}

void SecretsPage::updateButtons()
{
    const bool hasSelection = !selectedVariable().isEmpty();
    const QTreeWidgetItem *current = m_variables->currentItem();
    const bool selectedInKeychain = current && current->data(0, InKeychainRole).toBool();
    m_add->setEnabled(m_keychainAvailable);
    m_import->setEnabled(m_keychainAvailable);
    m_change->setEnabled(m_keychainAvailable && hasSelection);
    m_remove->setEnabled(m_keychainAvailable && selectedInKeychain);
    m_reveal->setEnabled(m_keychainAvailable && selectedInKeychain);
}

void SecretsPage::resolve()
{
    if (m_projectFolder.isEmpty())
        return;
    if (m_resolver) {
        m_resolveAgain = true; // with what changed meanwhile, once this one is done
        return;
    }
    // Everything the worker needs is copied here, on the GUI thread: it never touches the
    // page, the keychain or QSettings.
    ResolveRequest request;
    request.projectFolder = m_projectFolder;
    request.destination = m_destination;
    if (m_session && m_session->config().effective) {
        const Config::YamlNodePtr path
            = m_session->config().effective->value(QStringLiteral("secrets_path"));
        if (path && path->isScalar() && !path->scalar.isEmpty())
            request.secretsPath = path->scalar;
    }
    m_secretsPath = request.secretsPath;
    request.projectEnvironment = m_values;
    request.plainNames = m_plainNames;
    const QStringList approvedList
        = ApprovedCommands(m_settings.get(), projectId(m_projectFolder)).commands();
    const QSet<QString> approved(approvedList.cbegin(), approvedList.cend());
    request.isApproved = [approved](const QString &command) { return approved.contains(command); };
    auto result = std::make_shared<SecretsResolution>();
    m_resolver = QThread::create([request, result] { *result = resolveSecrets(request); });
    QThread *thread = m_resolver;
    connect(thread, &QThread::finished, this, [this, thread, result] {
        thread->deleteLater();
        if (thread != m_resolver)
            return;
        m_resolver = nullptr;
        m_resolution = *result;
        refreshSecrets();
        QSet<QString> names;
        for (const ResolvedSecret &secret : std::as_const(m_resolution.secrets))
            names.insert(secret.name);
        Q_EMIT secretsResolved(names);
        if (std::exchange(m_resolveAgain, false))
            resolve();
    });
    m_secretsSummary->setText(tr("Reading the secrets files…"));
    m_recheck->setEnabled(false);
    thread->start();
}

void SecretsPage::refreshSecrets()
{
    m_secrets->clear();
    m_recheck->setEnabled(true);
    const auto where = [](const QString &file, int line) -> QString {
        return QDir::toNativeSeparators(file) + QStringLiteral(":%1").arg(line);
    };
    for (const ResolvedSecret &secret : std::as_const(m_resolution.secrets)) {
        QString status;
        switch (secret.kind) {
        case SecretEntry::Kind::Literal: status = tr("Set (written in the file)"); break;
        case SecretEntry::Kind::Substituted: status = tr("Set (from variables)"); break;
        case SecretEntry::Kind::Command:
        case SecretEntry::Kind::PendingCommand: status = tr("Set (by an approved command)"); break;
        }
        auto *item = new QTreeWidgetItem(m_secrets,
                                         {secret.name, status, where(secret.file, secret.line)});
        item->setIcon(0, style()->standardIcon(QStyle::SP_DialogApplyButton));
    }
    for (const UnresolvedSecret &secret : std::as_const(m_resolution.unresolved)) {
        QString status = secret.commandFailed ? tr("Not set: its command failed")
            : !secret.waitingForCommands.isEmpty()
            ? tr("Not set: waits for a command you have not approved")
            : tr("Not set: waits for %1").arg(secret.waitingForNames.join(QStringLiteral(", ")));
        auto *item = new QTreeWidgetItem(m_secrets,
                                         {secret.name, status, where(secret.file, secret.line)});
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        if (!secret.waitingForCommands.isEmpty())
            item->setData(0, CommandRole, secret.waitingForCommands.constFirst());
        item->setToolTip(1, secret.waitingForCommands.join(QLatin1Char('\n')));
    }
    QString summary;
    if (m_resolution.filesRead.isEmpty())
        summary = tr("No secrets files: Kamal reads %1 for this destination, and none exists.")
                      .arg(secretsFilesFor(m_secretsPath, m_destination).join(tr(" and ")));
    else
        summary = tr("%n secret(s) set", nullptr, static_cast<int>(m_resolution.secrets.size()))
            + QStringLiteral(", ")
            + tr("%n not set", nullptr, static_cast<int>(m_resolution.unresolved.size()))
            + QStringLiteral(" — ")
            + tr("read from %1.").arg(m_resolution.filesRead.join(QStringLiteral(", ")));
    for (const Config::Diagnostic &diagnostic : std::as_const(m_resolution.diagnostics)) {
        if (diagnostic.severity == Config::Severity::Error) {
            summary += QLatin1Char('\n') + diagnostic.message;
            break;
        }
    }
    m_secretsSummary->setText(summary);
    m_approve->setEnabled(false);
}

void SecretsPage::editVariable(const QString &name)
{
    if (!m_environment || !m_keychainAvailable)
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("variableDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(name.isEmpty() ? tr("Add a variable") : tr("Set %1").arg(name));
    auto *form = new QFormLayout(dialog);
    auto *nameEdit = new QLineEdit(name, dialog);
    nameEdit->setObjectName(QStringLiteral("variableName"));
    nameEdit->setReadOnly(!name.isEmpty());
    auto *valueEdit = new QLineEdit(dialog);
    valueEdit->setObjectName(QStringLiteral("variableValue"));
    valueEdit->setEchoMode(QLineEdit::Password);
    valueEdit->setAccessibleName(tr("Value"));
    auto *secret = new QCheckBox(tr("Secret: masked here and hidden in every log"), dialog);
    secret->setObjectName(QStringLiteral("variableSecret"));
    secret->setChecked(!m_plainNames.contains(name));
    auto *problem = new QLabel(dialog);
    problem->setWordWrap(true);
    form->addRow(tr("&Name:"), nameEdit);
    form->addRow(tr("&Value:"), valueEdit);
    form->addRow(QString(), secret);
    form->addRow(QString(), problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    const auto validate = [nameEdit, buttons, problem] {
        const bool valid = ProjectEnvironment::isValidName(nameEdit->text().trimmed());
        problem->setText(valid || nameEdit->text().isEmpty()
                             ? QString()
                             : tr("Use letters, digits, _ and . and do not start with a digit, so "
                                  "that Kamal can read it."));
        buttons->button(QDialogButtonBox::Save)->setEnabled(valid);
    };
    connect(nameEdit, &QLineEdit::textChanged, dialog, validate);
    validate();
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog,
            [this, dialog, nameEdit, valueEdit, secret] {
                const QString variable = nameEdit->text().trimmed();
                const QString value = valueEdit->text();
                const bool isSecret = secret->isChecked();
                dialog->accept();
                m_environment->set(
                    variable, value, isSecret,
                    [this, variable, value, isSecret](const Result<void> &done) {
                        if (!done) {
                            QMessageBox::warning(this, tr("Not saved"), done.error().message);
                            return;
                        }
                        m_values.insert(variable, value);
                        if (isSecret)
                            m_plainNames.remove(variable);
                        else
                            m_plainNames.insert(variable);
                        Q_EMIT environmentLoaded(m_values);
                        Q_EMIT statusMessage(tr("Saved %1 in the keychain.").arg(variable));
                        refreshVariables();
                        resolve();
                    });
            });
    dialog->open();
    (name.isEmpty() ? nameEdit : valueEdit)->setFocus();
}

void SecretsPage::removeVariable()
{
    const QString name = selectedVariable();
    if (!m_environment || name.isEmpty() || !m_environment->contains(name))
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove %1").arg(name),
                                tr("Remove %1 and its value from the keychain?").arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeVariableBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, name](int result) {
        if (result != QMessageBox::Yes || !m_environment)
            return;
        m_environment->remove(name, [this, name](const Result<void> &done) {
            if (!done) {
                QMessageBox::warning(this, tr("Not removed"), done.error().message);
                return;
            }
            m_values.remove(name);
            m_plainNames.remove(name);
            Q_EMIT environmentLoaded(m_values);
            Q_EMIT statusMessage(tr("Removed %1 from the keychain.").arg(name));
            refreshVariables();
            resolve();
        });
    });
    box->open();
}

void SecretsPage::importDotenv()
{
    if (!m_environment || !m_keychainAvailable)
        return;
    auto *dialog = new QFileDialog(this, tr("Import a .env file"), m_projectFolder);
    dialog->setObjectName(QStringLiteral("importDotenvDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setFilter(dialog->filter() | QDir::Hidden); // .env is a hidden file
    if (QFileInfo::exists(QDir(m_projectFolder).filePath(QStringLiteral(".env"))))
        dialog->selectFile(QStringLiteral(".env"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_environment->importDotenv(
            file, true, [this, file](Result<ProjectEnvironment::ImportReport> report) {
                if (!report) {
                    QMessageBox::warning(this, tr("Nothing imported"), report.error().message);
                    return;
                }
                QString text
                    = tr("%n value(s) moved into the keychain and read back to check them.",
                         nullptr, static_cast<int>(report->imported.size()));
                for (const auto &skipped : std::as_const(report->skipped))
                    text += QLatin1Char('\n')
                        + tr("Not imported: %1 (line %2): %3")
                              .arg(skipped.name)
                              .arg(skipped.line)
                              .arg(skipped.reason);
                const QString shown
                    = QDir::toNativeSeparators(QDir(m_projectFolder).relativeFilePath(file));
                auto *box = new QMessageBox(QMessageBox::Information, tr("Import finished"), text,
                                            QMessageBox::NoButton, this);
                box->setObjectName(QStringLiteral("importReportBox"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->setInformativeText(
                    report->skipped.isEmpty()
                        ? tr("%1 still holds the plain values. Delete it now that the keychain has "
                             "them?")
                              .arg(shown)
                        : tr("%1 was not changed; some values are only there.").arg(shown));
                QPushButton *remove = nullptr;
                if (report->skipped.isEmpty())
                    remove
                        = box->addButton(tr("Delete %1").arg(shown), QMessageBox::DestructiveRole);
                QPushButton *ignore
                    = box->addButton(tr("Add to .gitignore"), QMessageBox::ActionRole);
                box->addButton(tr("Keep It"), QMessageBox::RejectRole);
                connect(box, &QMessageBox::buttonClicked, this,
                        [this, file, remove, ignore](QAbstractButton *clicked) {
                            Result<void> done;
                            if (clicked == remove && remove)
                                done = ProjectEnvironment::deleteImportedFile(file);
                            else if (clicked == ignore && m_environment)
                                done = m_environment->ignoreInGit(
                                    QDir(m_projectFolder).relativeFilePath(file));
                            if (!done)
                                QMessageBox::warning(this, tr("Not done"), done.error().message);
                        });
                box->open();
                loadSnapshot();
            });
    });
    dialog->open();
}

void SecretsPage::approveCommand()
{
    const QTreeWidgetItem *item = m_secrets->currentItem();
    if (!item)
        return;
    const QString command = item->data(0, CommandRole).toString();
    if (command.isEmpty())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Approve a command"),
        tr("To set %1, .kamal/secrets runs this command on this computer, as Kamal does:")
            .arg(item->text(0)),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("approveCommandBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(command + QStringLiteral("\n\n")
                            + tr("Run it now and whenever Berth reads the secrets of this "
                                 "project? The approval is for this exact command text only."));
    box->button(QMessageBox::Yes)->setText(tr("Approve and Run"));
    connect(box, &QMessageBox::finished, this, [this, command](int result) {
        if (result != QMessageBox::Yes)
            return;
        ApprovedCommands(m_settings.get(), projectId(m_projectFolder)).approve(command);
        resolve();
    });
    box->open();
}

} // namespace Berth::Gui
