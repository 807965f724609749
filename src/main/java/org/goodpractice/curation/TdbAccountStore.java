package org.goodpractice.curation;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;

/**
 * Accounts in a TDB2 dataset of their own (by default {@code STORE-curation} beside the store),
 * apart from the public store. Names are URNs in a private namespace: nothing here is ever
 * published, so nothing needs a dereferenceable IRI.
 */
public final class TdbAccountStore implements AccountStore {
    private static final String NS = "urn:goodpractice:curation:";
    private static final Resource ACCOUNT = ResourceFactory.createResource(NS + "Account");
    private static final Property NAME = ResourceFactory.createProperty(NS + "name");
    private static final Property ROLE = ResourceFactory.createProperty(NS + "role");
    private static final Property HASH = ResourceFactory.createProperty(NS + "passwordHash");

    private final Dataset dataset;

    private TdbAccountStore(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Opens (creating if needed) the accounts in {@code directory}. */
    public static TdbAccountStore open(Path directory) {
        requireNonNull(directory, "directory");
        try {
            return new TdbAccountStore(TDB2Factory.connectDataset(directory.toString()));
        } catch (DBOpEnvException e) {
            throw new CurationException("cannot open the accounts in " + directory + ": " + e.getMessage()
                    + " (a running server holds them; stop it first)");
        }
    }

    /** Accounts held in memory only, for tests. */
    public static TdbAccountStore inMemory() {
        return new TdbAccountStore(TDB2Factory.createDataset());
    }

    @Override
    public Optional<Account> find(String name) {
        requireNonNull(name, "name");
        return Txn.calculateRead(dataset, () -> Optional.ofNullable(read(dataset.getDefaultModel(), subject(name))));
    }

    @Override
    public List<Account> list() {
        return Txn.calculateRead(dataset, () -> {
            Model model = dataset.getDefaultModel();
            List<Account> accounts = new ArrayList<>();
            model.listResourcesWithProperty(RDF.type, ACCOUNT).forEach(r -> {
                Account account = read(model, r);
                if (account != null) {
                    accounts.add(account);
                }
            });
            accounts.sort(Comparator.comparing(Account::name));
            return accounts;
        });
    }

    @Override
    public void put(Account account) {
        requireNonNull(account, "account");
        Txn.executeWrite(dataset, () -> {
            Model model = dataset.getDefaultModel();
            Resource subject = subject(account.name());
            model.removeAll(subject, null, null);
            subject.inModel(model).addProperty(RDF.type, ACCOUNT).addProperty(NAME, account.name())
                    .addProperty(ROLE, account.role().name()).addProperty(HASH, account.passwordHash());
        });
    }

    /** The submissions kept in the same private dataset as the accounts. */
    @Override
    public SubmissionStore submissions() {
        return new TdbSubmissionStore(dataset);
    }

    @Override
    public void close() {
        dataset.close();
    }

    private static Resource subject(String name) {
        return ResourceFactory.createResource(NS + "account:" + Account.checkName(name));
    }

    private static Account read(Model model, Resource subject) {
        Statement name = model.getProperty(subject, NAME);
        Statement role = model.getProperty(subject, ROLE);
        Statement hash = model.getProperty(subject, HASH);
        if (name == null || role == null || hash == null) {
            return null;
        }
        return new Account(name.getString(), Role.valueOf(role.getString()), hash.getString());
    }
}
