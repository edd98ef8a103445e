namespace FrontDoor.Functions.Families;

public enum CarerRelationship
{
    Mother,
    Father,
    Grandparent,
    StepParent,
    FosterCarer,
    OtherRelative,
    OtherCarer,
}

/// <summary>An adult who brings the children: fathers and grandparents count as much as mothers.</summary>
public sealed record Carer(string Name, CarerRelationship Relationship);
