namespace CostOps.Simulator;

/// <summary>One line of a bill Cost Explorer answers from, and the account whose bill it is (a management account answers for its linked accounts).</summary>
internal sealed record BillLine(SimulatedAccount Owner, CostLine Line)
{
    /// <summary>Call under <paramref name="account"/>'s gate. It and its linked accounts, each linked one brought up to its clock.</summary>
    public static List<SimulatedAccount> Family(SimulatedAccount account)
    {
        var family = account.BillingFamily.ToList();
        foreach (var member in family.Skip(1))
        {
            member.Sync();
        }

        return family;
    }

    /// <summary>Every bill line of one UTC day in the family's accounts, each read under its account's gate.</summary>
    public static IEnumerable<BillLine> Of(List<SimulatedAccount> family, DateOnly day)
    {
        foreach (var owner in family)
        {
            List<CostLine> lines;
            lock (owner.Gate)
            {
                lines = [.. owner.Ledger.Lines(day)];
            }

            foreach (var line in lines)
            {
                yield return new BillLine(owner, line);
            }
        }
    }

    /// <summary>One account's bill total of the days in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static decimal Cost(SimulatedAccount owner, DateOnly from, DateOnly to)
    {
        lock (owner.Gate)
        {
            return owner.Ledger.Cost(from, to);
        }
    }
}
